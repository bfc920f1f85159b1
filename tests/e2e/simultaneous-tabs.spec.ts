import { expect, test, type Page } from '@playwright/test';

/**
 * Two module pages whose knowledge checks are evaluated in the same instant, 20 times: every result
 * of both tabs is stored (issue 15, section 7). Answers are filled in by script (any answers do),
 * and both tabs click "auswerten" at one agreed moment.
 */
const ROUNDS = 20;

/** Answers every shown question of the page's quiz with its first option (a select's first real choice). */
function fillAnswers(page: Page, quizId: string) {
	return page.evaluate((id) => {
		const section = document.querySelector(`[data-quiz="${id}"]`)!;
		for (const fieldset of section.querySelectorAll<HTMLElement>('[data-question]')) {
			const input = fieldset.querySelector<HTMLInputElement>(
				'input[type="radio"], input[type="checkbox"]',
			);
			if (input && !input.checked) input.click();
			for (const select of fieldset.querySelectorAll<HTMLSelectElement>('select')) {
				const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
				setter.call(select, select.options[1]!.value);
				select.dispatchEvent(new Event('change', { bubbles: true }));
			}
		}
	}, quizId);
}

/** Clicks the quiz's evaluate button at the given epoch millisecond. */
function evaluateAt(page: Page, quizId: string, at: number) {
	return page.evaluate(
		({ id, at }) =>
			new Promise<void>((resolve) =>
				setTimeout(
					() => {
						[...document.querySelectorAll<HTMLButtonElement>(`[data-quiz="${id}"] button`)]
							.find((b) => b.textContent === 'Wissenscheck auswerten')!
							.click();
						resolve();
					},
					Math.max(0, at - Date.now()),
				),
			),
		{ id: quizId, at },
	);
}

const storedCount = (page: Page, quizId: string) =>
	page.evaluate(
		(id) =>
			(JSON.parse(localStorage.getItem('bzw:progress') ?? '{}').quizAttempts?.[id] ?? [])
				.length as number,
		quizId,
	);

test('two tabs evaluating their knowledge checks in the same instant keep both results, every time', async ({
	context,
}) => {
	test.setTimeout(180_000);
	const tabs = [
		{ page: await context.newPage(), quiz: 'bedeutung' },
		{ page: await context.newPage(), quiz: 'chancen-risiken' },
	];
	for (const tab of tabs) {
		await tab.page.goto(`/pfade/grundlagen/${tab.quiz}/`);
		await tab.page.locator(`[data-quiz="${tab.quiz}"]`).scrollIntoViewIfNeeded();
		await expect(
			tab.page.locator(`[data-quiz="${tab.quiz}"] [data-question]`).first(),
		).toBeVisible();
	}
	for (let round = 1; round <= ROUNDS; round++) {
		for (const tab of tabs) await fillAnswers(tab.page, tab.quiz);
		const at = Date.now() + 150;
		await Promise.all(tabs.map((tab) => evaluateAt(tab.page, tab.quiz, at)));
		for (const tab of tabs)
			await expect(tab.page.getByRole('heading', { name: 'Ihr Ergebnis' })).toBeVisible();
		// Both results reach storage, whichever tab wrote last.
		for (const tab of tabs)
			for (const reader of tabs)
				await expect
					.poll(() => storedCount(reader.page, tab.quiz), `round ${round}: ${tab.quiz}`)
					.toBe(round);
		for (const tab of tabs)
			await tab.page.getByRole('button', { name: 'Erneut versuchen' }).click();
	}
});
