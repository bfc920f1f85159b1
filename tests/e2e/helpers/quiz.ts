import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import type { Question, Quiz } from '../../../src/schemas/quiz';

/** Loads a quiz's data as the island does (a module check, or a path test's pool), so a test knows the right answers. */
export async function quizData(
	page: Page | Frame,
	quizId: string,
	url = `/wissenscheck/${quizId}.json`,
): Promise<Quiz> {
	const request = 'request' in page ? page.request : page.page().request;
	const response = await request.get(url);
	return ((await response.json()) as { quiz: Quiz }).quiz;
}

/** Presses a key on an element after moving focus there: every answer is given by keyboard. */
async function press(target: Locator, key: string) {
	await target.focus();
	await target.press(key);
}

/** The question ids the island shows now, in the order shown (an attempt draws from the pool). */
export async function shownQuestionIds(scope: Locator): Promise<string[]> {
	await expect(scope.locator('[data-question]').first()).toBeVisible();
	return scope
		.locator('[data-question]')
		.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.question!));
}

/** Answers one question by keyboard: correctly, or (`wrong`) with a wrong choice or statement. */
async function answer(fieldset: Locator, question: Question, wrong: boolean) {
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const chosen = wrong
				? question.options.filter((o) => !o.correct).slice(0, 1)
				: question.options.filter((o) => o.correct);
			for (const option of chosen)
				await press(fieldset.getByLabel(option.text, { exact: true }), 'Space');
			break;
		}
		case 'truefalse':
			await press(
				fieldset.getByRole('radio', {
					name: question.answer !== wrong ? 'Richtig' : 'Falsch',
					exact: true,
				}),
				'Space',
			);
			break;
		case 'ordering':
			// Left as it starts when `wrong` (an ordering question never starts solved).
			if (wrong) break;
			for (let position = 0; position < question.items.length; position++) {
				const item = question.items[position]!;
				const items = await fieldset.locator('li').allInnerTexts();
				let current = items.findIndex((text) => text.includes(item.text));
				while (current > position) {
					await press(fieldset.getByRole('button', { name: `„${item.text}“ nach oben` }), 'Enter');
					current--;
				}
			}
			break;
		case 'matching':
			for (const [row, pair] of question.pairs.entries()) {
				const target = wrong
					? question.pairs[(row + 1) % question.pairs.length]!.right
					: pair.right;
				const select = fieldset.getByLabel(pair.left, { exact: true });
				const options = await select.locator('option').allInnerTexts();
				await select.focus();
				await select.press('Home');
				for (let i = 0; i < options.indexOf(target); i++) await select.press('ArrowDown');
				await expect(select.locator('option:checked')).toHaveText(target);
			}
			break;
	}
}

/**
 * Answers the questions the attempt shows (right, except `wrongCount` of them), by keyboard only,
 * and evaluates. Returns how many were shown.
 */
export async function answerShownByKeyboard(
	scope: Locator,
	quiz: Quiz,
	wrongCount = 0,
): Promise<number> {
	const byId = new Map(quiz.questions.map((q) => [q.id, q]));
	const shown = await shownQuestionIds(scope);
	for (const [index, id] of shown.entries())
		await answer(scope.locator(`[data-question="${id}"]`), byId.get(id)!, index < wrongCount);
	await press(scope.getByRole('button', { name: /^(Wissenscheck|Test) auswerten$/ }), 'Enter');
	await expect(scope.getByRole('heading', { name: 'Ihr Ergebnis' })).toBeFocused();
	return shown.length;
}

/** Answers every question the quiz on the page (or in a frame) shows correctly, by keyboard only, and evaluates it. */
export async function passQuizByKeyboard(page: Page | Frame, quizId: string) {
	const quiz = await quizData(page, quizId);
	const section = page.locator(`[data-quiz="${quizId}"]`);
	await section.scrollIntoViewIfNeeded();
	const count = await answerShownByKeyboard(section, quiz);
	await expect(section.getByRole('region', { name: 'Ihr Ergebnis' })).toContainText(
		`${count} von ${count} Fragen richtig (100 %).`,
	);
}
