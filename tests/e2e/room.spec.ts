import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

const ROOM = '/rollenspiele/erstbesuch-werk/raum/';
const PRESENTER = '/rollenspiele/erstbesuch-werk/raum/referent/';

test('a role-play advances from the presenter view, and the projector follows with the tally', async ({
	context,
}) => {
	const projector = await context.newPage();
	const presenter = await context.newPage();
	// A hydration mismatch (a server-rendered order that differs from the browser's) is a console error.
	const errors: string[] = [];
	for (const page of [projector, presenter]) {
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		page.on('pageerror', (error) => errors.push(error.message));
	}
	await projector.goto(ROOM);
	await presenter.goto(PRESENTER);
	// Both views have opened their channel once their controls work.
	await expect(projector.locator('[data-room-ready]')).toHaveCount(1);
	await expect(presenter.locator('[data-room-ready]')).toHaveCount(1);
	// The options stand in the run's seeded order, the same on both screens (the letters A, B, C agree).
	const optionTexts = async (page: typeof projector) =>
		(
			await page
				.locator('[data-choice]')
				.evaluateAll((items) => items.map((item) => item.querySelector('p')?.textContent ?? ''))
		).map((text) => text.trim());
	await expect
		.poll(async () => JSON.stringify(await optionTexts(projector)))
		.toBe(JSON.stringify(await optionTexts(presenter)));
	const firstOption = presenter.locator('[data-choice]').first();
	await expect(firstOption.getByText('Wirkung:')).toBeVisible();
	await expect(firstOption.getByText('Warum:')).toBeVisible();
	await expect(projector.getByText('Wirkung:')).toHaveCount(0); // effects and "why" stay with the trainer

	await presenter.getByLabel('Stimmen für A').fill('7');
	await expect(projector.locator('[data-choice]').first()).toContainText('Stimmen im Raum: 7');

	const optionText = (
		await presenter.locator('[data-choice]').first().locator('p').first().innerText()
	).replace(/^A\s*/, '');
	await presenter.getByRole('button', { name: 'A spielen' }).click();
	await expect(projector.getByRole('list', { name: 'Das Gespräch' })).toContainText(optionText);
	await expect(presenter.getByRole('list', { name: 'Das Gespräch' })).toContainText(optionText);

	// A projector opened later catches up with the presenter.
	const late = await context.newPage();
	await late.goto(ROOM);
	await expect(late.getByRole('list', { name: 'Das Gespräch' })).toContainText(optionText);
	await presenter.getByLabel('Stimmen für B').fill('3');
	const lateSecond = await context.newPage();
	await lateSecond.goto(ROOM);
	await expect(lateSecond.locator('[data-choice]').nth(1)).toContainText('Stimmen im Raum: 3');

	await presenter.getByRole('button', { name: 'Einen Schritt zurück' }).click();
	await expect(projector.getByRole('list', { name: 'Das Gespräch' })).not.toContainText(optionText);

	// Played to an ending, the debrief shows on the projector.
	for (let step = 0; step < 15; step++) {
		const play = presenter.getByRole('button', { name: /^A spielen$/ });
		if ((await play.count()) === 0) break;
		await play.click();
	}
	await expect(projector.getByRole('heading', { name: 'Auswertung' })).toBeVisible();
	expect(errors).toEqual([]);
	await expectNoAxeViolations(projector);
});
