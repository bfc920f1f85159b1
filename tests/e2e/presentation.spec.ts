import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './helpers/axe';

const AUDIENCE = '/praesentation/bedeutung/';
const PRESENTER = '/praesentation/bedeutung/referent/';
// Read from the module, so an edit of its notes does not break the test.
const source = readFileSync('content/modules/bedeutung.mdx', 'utf8');
const frontmatter = parse(source.split(/^---$/m)[1]!) as {
	duration: number;
	trainerNotes: { exercise: { instructions: string } };
};
/** The question of the first section's speaker note (slide 2). */
const NOTE = /<TrainerNote\b[^>]*\bquestion="([^"]+)"/.exec(source)![1]!;
const MODULE_NOTE = frontmatter.trainerNotes.exercise.instructions.slice(0, 60);
const DURATION = frontmatter.duration;

const current = (page: import('@playwright/test').Page) =>
	page.locator('[data-stage] .slide:not([hidden])');

test.describe('presenting a module', () => {
	test('keys move through the slides and the address follows; a reload opens the same slide', async ({
		page,
	}) => {
		await page.goto(AUDIENCE);
		await expect(current(page).getByRole('heading', { level: 1 })).toHaveText(
			'Warum Geschäftsbeziehungen zählen',
		);
		for (const key of ['ArrowRight', ' ', 'PageDown']) await page.keyboard.press(key);
		await expect(page).toHaveURL(/#folie-4$/);
		await page.keyboard.press('PageUp');
		await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(/#folie-2$/);
		await expect(current(page).getByRole('heading', { level: 2 })).toHaveText('Worum es geht');
		await page.keyboard.press('End');
		const last = page.url();
		await page.keyboard.press('Home');
		await expect(page).toHaveURL(/#folie-1$/);
		await page.keyboard.type('5');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#folie-5$/);
		await page.reload();
		await expect(page.locator('[data-counter]')).toHaveText(/^Folie 5 von \d+$/);
		expect(last).toMatch(/#folie-\d+$/);
	});

	test('B blacks the screen, O and Esc open the overview, and a slide can be picked there', async ({
		page,
	}) => {
		await page.goto(`${AUDIENCE}#folie-3`);
		await page.keyboard.press('b');
		await expect(page.locator('[data-blackout]')).toBeVisible();
		await page.keyboard.press('.');
		await expect(page.locator('[data-blackout]')).toBeHidden();
		await page.keyboard.press('o');
		const overview = page.getByRole('navigation', { name: 'Folienübersicht' });
		await expect(overview).toBeVisible();
		await expect(overview.getByRole('button', { name: /^3\./ })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(overview).toBeHidden();
		await page.keyboard.press('Escape');
		await overview.getByRole('button', { name: /^6\./ }).click();
		await expect(overview).toBeHidden();
		await expect(page).toHaveURL(/#folie-6$/);
	});

	test('a swipe moves to the next slide on a touch screen', async ({ browser }) => {
		const context = await browser.newContext({
			hasTouch: true,
			viewport: { width: 900, height: 600 },
		});
		const page = await context.newPage();
		await page.goto(`${AUDIENCE}#folie-2`);
		await page.evaluate(() => {
			const touch = (x: number) =>
				new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 300 });
			document.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(700)] }));
			document.dispatchEvent(new TouchEvent('touchend', { changedTouches: [touch(300)] }));
		});
		await expect(page).toHaveURL(/#folie-3$/);
		await context.close();
	});

	test('the presenter and audience windows follow each other', async ({ context }) => {
		const audience = await context.newPage();
		const presenter = await context.newPage();
		await audience.goto(AUDIENCE);
		await presenter.goto(PRESENTER);
		await presenter.getByRole('button', { name: 'Nächste Folie →' }).click();
		await presenter.getByRole('button', { name: 'Nächste Folie →' }).click();
		await expect(audience).toHaveURL(/#folie-3$/);
		await audience.keyboard.press('ArrowRight');
		await expect(presenter.locator('[data-counter]')).toHaveText(/^Folie 4 von/);
		await presenter.getByRole('button', { name: 'Bildschirm schwarz' }).click();
		await expect(audience.locator('[data-blackout]')).toBeVisible();
		await presenter.getByRole('button', { name: 'Bildschirm schwarz' }).click();
		// Choosing from the overview in the audience window moves the presenter too.
		await audience.keyboard.press('o');
		await audience
			.getByRole('navigation', { name: 'Folienübersicht' })
			.getByRole('button', { name: /^2\./ })
			.click();
		await expect(presenter.locator('[data-counter]')).toHaveText(/^Folie 2 von/);
		await expect(presenter.locator('[data-notes]')).toContainText(NOTE);
	});

	test('the presenter view shows notes, the next slide, time and pace', async ({ page }) => {
		await page.goto(`${PRESENTER}#folie-2`);
		await expect(page.locator('[data-notes]')).toContainText(NOTE);
		await expect(page.locator('[data-next] h2')).toHaveText(
			'Wer zählt: Kunden und weitere Anspruchsgruppen',
		);
		await expect(page.getByText(MODULE_NOTE).first()).toBeVisible();
		await expect(page.getByText(`Geplant: ${DURATION} Minuten`)).toBeVisible();
		await page.getByRole('button', { name: 'Zeit starten' }).click();
		await expect(page.locator('[data-elapsed]')).toHaveText('00:01', { timeout: 3000 });
		await expect(page.locator('[data-pace]')).toHaveText(/Plan/);
		const before = await page
			.locator('[data-notes]')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		// The name starts with what the button shows (WCAG 2.5.3, label in name).
		await page.getByRole('button', { name: 'A+ Notizen größer', exact: true }).click();
		const after = await page
			.locator('[data-notes]')
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(after).toBeGreaterThan(before);
	});

	test('trainer notes never reach the audience screen or the learner’s module page', async ({
		page,
	}) => {
		// The audience page is also the participants' handout (it prints as one).
		for (const path of [AUDIENCE, '/pfade/grundlagen/bedeutung/']) {
			const html = await (await page.request.get(path)).text();
			expect(html, path).not.toContain(NOTE);
			expect(html, path).not.toContain(MODULE_NOTE);
		}
		const presenterHtml = await (await page.request.get(PRESENTER)).text();
		expect(presenterHtml).toContain(NOTE);
	});

	test('a quiz shows one question per slide and the answer only on cue', async ({ page }) => {
		await page.goto(AUDIENCE);
		await page.keyboard.press('End');
		const slide = current(page);
		await expect(slide.getByText(/Frage \d+ von \d+/)).toBeVisible();
		await expect(slide.getByText('Richtige Antwort:')).toBeHidden();
		await page.keyboard.press('r');
		await expect(slide.getByText('Richtige Antwort:')).toBeVisible();
	});

	test('the audience screen prints as the handout: one slide a page, with room for notes', async ({
		page,
	}) => {
		// The print dialog itself is the browser's: here it only records that it was asked for.
		await page.addInitScript(
			() =>
				(window.print = () => void ((window as unknown as { printed: boolean }).printed = true)),
		);
		await page.goto(AUDIENCE);
		const handout = page.locator('[data-handout]');
		const button = page.getByRole('button', { name: 'Handout drucken' });
		await button.click();
		expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(
			true,
		);
		// The screen does not change: the slide stays, and so does the keyboard focus.
		await expect(current(page)).toBeVisible();
		await expect(handout).toBeHidden();
		await expect(button).toBeFocused();

		await page.emulateMedia({ media: 'print' });
		await expect(handout.locator('#handout-titel')).toHaveText(
			'Handout: Warum Geschäftsbeziehungen zählen',
		);
		const pages = handout.locator('.handout-page');
		expect(await pages.count()).toBeGreaterThan(8);
		await expect(pages.first().locator('.handout-lines')).toBeVisible();
		await expect(page.locator('[data-stage]')).toBeHidden(); // the slide on screen is not printed
		expect(await pages.first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
		expect(
			await handout
				.locator('[id]')
				.evaluateAll((elements) => elements.map((element) => element.id)),
		).toEqual(['handout-titel']); // no id twice on the page
		await expectNoAxeViolations(page);
	});

	test('Ctrl+P on the audience screen prints the handout as well, even before the browser was idle', async ({
		page,
	}) => {
		await page.addInitScript(() => (window.requestIdleCallback = () => 0)); // never idle
		await page.goto(AUDIENCE);
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('[data-handout] .handout-page').count()).toBeGreaterThan(8);
		await expect(page.locator('[data-stage]')).toBeHidden();
	});

	test("printing the presenter view gives the trainer's copy, with the notes and the running order", async ({
		page,
	}) => {
		await page.goto(`${PRESENTER}#folie-2`);
		const handout = page.locator('[data-handout]');
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		await expect(handout).toBeHidden(); // on screen, the presenter view stays as it is
		await expect(page.locator('[data-notes]')).toContainText(NOTE); // the handout worked on its own copy
		await page.emulateMedia({ media: 'print' });
		await expect(handout.locator('#handout-titel')).toHaveText(
			'Trainerfassung: Warum Geschäftsbeziehungen zählen',
		);
		await expect(handout.getByText(NOTE)).toBeVisible();
		await expect(
			handout.getByRole('heading', { name: 'Ablauf, Diskussion und Übung' }),
		).toBeVisible();
		await expect(page.locator('[data-current]')).toBeHidden();
		await expectNoAxeViolations(page);
	});
});
