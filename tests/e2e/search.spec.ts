import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Search: the dialog on every page, the search page, keyboard use and accessibility. */
const MODULE_PAGE = '/pfade/grundlagen/diagnose/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const searchField = (page: Page) =>
	page.getByRole('dialog').getByRole('combobox', { name: 'Suchbegriff' });

async function openAndSearch(page: Page, query: string) {
	await page.getByRole('button', { name: 'Suche' }).click();
	await searchField(page).fill(query);
	await expect(
		page.getByRole('dialog').getByRole('listbox', { name: 'Suchergebnisse' }),
	).toBeVisible();
}

test.describe('search dialog', () => {
	test('loads no search code and no index until it is opened', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(MODULE_PAGE, { waitUntil: 'networkidle' });
		expect(
			requests.filter((path) => path.startsWith('/suche/') || path.includes('search-box')),
		).toEqual([]);

		await page.getByRole('button', { name: 'Suche' }).click();
		await expect.poll(() => requests.includes('/suche/index.json')).toBe(true);
		expect(requests.some((path) => path.includes('search-box'))).toBe(true);

		// Of the index terms, only the file of the word's first letter.
		await searchField(page).fill('Vertrauen');
		await expect(
			page.getByRole('dialog').getByRole('option', { name: 'Vertrauen', exact: true }),
		).toBeVisible();
		expect(requests.filter((path) => path.startsWith('/suche/begriffe/'))).toEqual([
			'/suche/begriffe/v.json',
		]);
	});

	test('typed letter by letter, a word needs only its own term file; a typo in its first letter is looked for once typing pauses', async ({
		page,
	}) => {
		const termFiles: string[] = [];
		page.on('request', (request) => {
			const path = new URL(request.url()).pathname;
			if (path.startsWith('/suche/begriffe/')) termFiles.push(path);
		});
		await page.goto(MODULE_PAGE);
		await page.getByRole('button', { name: 'Suche' }).click();
		const dialog = page.getByRole('dialog');
		await searchField(page).pressSequentially('Anerkennung', { delay: 40 });
		await expect(dialog.getByRole('option', { name: 'Anerkennung', exact: true })).toBeVisible();
		expect(termFiles).toEqual(['/suche/begriffe/a.json']);

		await searchField(page).fill('');
		await searchField(page).pressSequentially('Fertrauen', { delay: 40 });
		await expect(dialog.getByRole('option', { name: 'Vertrauen', exact: true })).toBeVisible();
		expect(termFiles.length).toBeGreaterThan(2);
	});

	test('says so when a term file cannot be used, and searches once it can', async ({ page }) => {
		const refused = /\/suche\/begriffe\/v\.json/;
		await page.route(refused, (route) => route.fulfill({ json: { version: 0, terms: [] } }));
		await page.goto(MODULE_PAGE);
		await page.getByRole('button', { name: 'Suche' }).click();
		await searchField(page).fill('Vertrauen');
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByRole('status')).toHaveText(/Die Suche konnte nicht geladen werden/);

		await page.unroute(refused);
		await searchField(page).fill('Vertraue');
		await expect(dialog.getByRole('option', { name: 'Vertrauen', exact: true })).toBeVisible();
	});

	test('opens with the button, "/" and Ctrl+K; Escape closes it and returns focus', async ({
		page,
	}) => {
		await page.goto(MODULE_PAGE);
		const button = page.getByRole('button', { name: 'Suche' });
		const dialog = page.getByRole('dialog', { name: 'Im Kurs suchen' });

		await button.click();
		await expect(dialog).toBeVisible();
		await expect(searchField(page)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();

		await page.locator('main').focus();
		await page.keyboard.press('/');
		await expect(searchField(page)).toBeFocused();
		await searchField(page).fill('Vertrauen');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(page.locator('main')).toBeFocused();

		await page.keyboard.press('Control+k');
		await expect(searchField(page)).toBeFocused();
		await page.getByRole('button', { name: 'Schließen' }).click();
		await expect(dialog).toBeHidden();

		// A click on the dialog's own padding keeps it open; one on the backdrop closes it.
		await button.click();
		const box = (await dialog.boundingBox())!;
		await page.mouse.click(box.x + 4, box.y + box.height - 4);
		await expect(dialog).toBeVisible();
		await page.mouse.click(5, 5); // the corner of the page, under the backdrop
		await expect(dialog).toBeHidden();
	});

	test('arrow keys choose a result and Enter opens it at its heading', async ({ page }) => {
		await page.goto('/');
		await openAndSearch(page, 'Kunden bewerten');
		const field = searchField(page);
		const wanted = page.getByRole('option', { name: /Erster Schritt: Kunden bewerten/ });
		const wantedId = await wanted.getAttribute('id');
		for (
			let step = 0;
			step < 20 && (await field.getAttribute('aria-activedescendant')) !== wantedId;
			step++
		)
			await page.keyboard.press('ArrowDown');
		await expect(field).toHaveAttribute('aria-activedescendant', wantedId!);
		await expect(wanted).toHaveAttribute('aria-selected', 'true');

		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/diagnose\/#erster-schritt-kunden-bewerten$/);
		await expect(
			page.getByRole('heading', { name: 'Erster Schritt: Kunden bewerten' }),
		).toBeInViewport();
	});

	test('groups results by kind and marks the matched words, as text only', async ({ page }) => {
		await page.goto(MODULE_PAGE);
		await openAndSearch(page, '<img src=x onerror=alert(1)> Vertrauen');
		const list = page.getByRole('dialog').getByRole('listbox');
		await expect(list.getByRole('group', { name: 'Glossar' })).toBeVisible();
		await expect(list.getByRole('group', { name: 'Module' })).toBeVisible();
		await expect(list.getByRole('option', { name: 'Vertrauen', exact: true })).toBeVisible();
		await expect(list.locator('mark').first()).toHaveText(/vertrau/i);
		await expect(list.locator('.search-option-text mark').first()).toBeVisible(); // snippets arrived
		expect(await list.locator('img').count()).toBe(0);
		await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/\d+ Treffer/);
	});

	test('says when nothing is found and offers terms that are', async ({ page }) => {
		await page.goto(MODULE_PAGE);
		await page.getByRole('button', { name: 'Suche' }).click();
		await searchField(page).fill('Kundnbindng');
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByText('Keine Treffer für „Kundnbindng“.').first()).toBeVisible();
		await dialog.getByRole('button', { name: 'Kundenbindung' }).click();
		await expect(searchField(page)).toHaveValue('Kundenbindung');
		await expect(dialog.getByRole('option', { name: 'Kundenbindung', exact: true })).toBeVisible();
	});

	for (const colorScheme of ['light', 'dark'] as const)
		test(`passes axe with results open (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(MODULE_PAGE);
			await openAndSearch(page, 'Vertrauen');
			await page.keyboard.press('ArrowDown');
			await expect(page.locator('.search-option-text mark').first()).toBeVisible();
			const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			expect(
				results.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				),
			).toEqual([]);
		});
});

test.describe('search page', () => {
	test('shows the results of a shared link and keeps the address in step', async ({ page }) => {
		await page.goto('/suche/?q=Nachfolge');
		const main = page.getByRole('main');
		const field = main.getByRole('combobox', { name: 'Suchbegriff' });
		await expect(field).toHaveValue('Nachfolge');
		await expect(main.getByRole('option', { name: /Überalterung und Nachfolge/ })).toBeVisible();

		await field.fill('Geschenke');
		await expect(page).toHaveURL(/\/suche\/\?q=Geschenke$/);
		await expect(
			main.getByRole('option', { name: 'Geschenkrichtlinie', exact: true }),
		).toBeVisible();
	});

	test('answers the address as people type it, without the trailing slash', async ({ page }) => {
		const response = await page.goto('/suche?q=Vertrauen');
		expect(response?.status()).toBe(200);
		const main = page.getByRole('main');
		await expect(main.getByRole('combobox', { name: 'Suchbegriff' })).toHaveValue('Vertrauen');
		await expect(main.getByRole('option').first()).toBeVisible();
	});

	test('tames an odd or oversized query in the address', async ({ page }) => {
		await page.goto(`/suche/?q=${encodeURIComponent(`Vertrauen\u0000${'x'.repeat(500)}`)}`);
		const field = page.getByRole('main').getByRole('combobox', { name: 'Suchbegriff' });
		await expect(field).toHaveValue(/^Vertrauen x+$/);
		expect((await field.inputValue()).length).toBe(100);
	});

	test('"/" goes to the page\'s own search field', async ({ page }) => {
		await page.goto('/suche/');
		await page.locator('main').focus();
		await page.keyboard.press('/');
		await expect(
			page.getByRole('main').getByRole('combobox', { name: 'Suchbegriff' }),
		).toBeFocused();
		await expect(page.getByRole('dialog')).toBeHidden();
	});
});
