import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { passQuizByKeyboard } from './helpers/quiz';

const MODULE = '/pfade/grundlagen/bedeutung/';

test.describe('knowledge checks and progress', () => {
	test('a quiz answered by keyboard only is passed, and the result shows on module, path and dashboard after a reload', async ({
		page,
	}) => {
		await page.goto(MODULE);
		await passQuizByKeyboard(page, 'bedeutung');
		await expect(page.getByRole('region', { name: 'Ihr Ergebnis' })).toContainText(
			/Bestanden – die Bestehensgrenze liegt bei \d+ %\./,
		);
		await expectNoAxeViolations(page); // the quiz with all its feedback revealed

		await page.reload();
		await expect(page.locator('[data-module-status]')).toContainText('Wissenscheck bestanden');
		await page.locator('[data-quiz="bedeutung"]').scrollIntoViewIfNeeded();
		await expect(page.getByText(/Bisher 1 Versuch\(e\), bestes Ergebnis 100 %/)).toBeVisible();

		await page.goto('/pfade/grundlagen/');
		await expect(page.locator('[data-module-state="bedeutung"]')).toContainText(
			'Wissenscheck bestanden',
		);
		await expect(page.locator('[data-path-summary]')).toContainText(/von 8 Modulen abgeschlossen/);

		await page.goto('/lernstand/');
		const row = page.getByRole('row', { name: /Warum Geschäftsbeziehungen zählen/ });
		await expect(row.getByRole('cell').nth(0)).toHaveText('1');
		await expect(row.getByRole('cell').nth(1)).toHaveText('100 %');
		await expect(
			page.getByRole('link', { name: 'Warum Geschäftsbeziehungen zählen' }).first(),
		).toBeVisible();
	});

	test('a module counts as complete once every section is read and its quiz passed; the certificate follows the path', async ({
		page,
	}) => {
		await page.goto(MODULE);
		await page.getByRole('button', { name: 'Alle Abschnitte als gelesen markieren' }).click();
		await expect(page.locator('[data-module-status]')).toBeFocused();
		await passQuizByKeyboard(page, 'bedeutung');
		await expect(page.locator('[data-module-status]')).toContainText('Abgeschlossen');

		await page.goto('/zertifikat/grundlagen/');
		await expect(
			page.getByText(
				'Sie haben 1 von 8 Modulen dieses Lernpfads abgeschlossen. Für das Zertifikat fehlt noch:',
			),
		).toBeVisible();
		await expect(
			page.getByRole('link', { name: 'Chancen und Risiken realistisch einschätzen' }),
		).toBeVisible();
	});

	test('two tabs finishing different quizzes keep both results', async ({ context }) => {
		const tabA = await context.newPage();
		const tabB = await context.newPage();
		await tabA.goto(MODULE);
		await tabB.goto('/pfade/grundlagen/chancen-risiken/');
		await passQuizByKeyboard(tabA, 'bedeutung');
		await passQuizByKeyboard(tabB, 'chancen-risiken');
		const dashboard = await context.newPage();
		await dashboard.goto('/lernstand/');
		for (const title of [
			'Warum Geschäftsbeziehungen zählen',
			'Chancen und Risiken realistisch einschätzen',
		])
			await expect(
				dashboard
					.getByRole('row', { name: new RegExp(title) })
					.getByRole('cell')
					.nth(1),
			).toHaveText('100 %');
	});

	test('a retry shuffles and the last attempt can be reviewed', async ({ page }) => {
		await page.goto(MODULE);
		await passQuizByKeyboard(page, 'bedeutung');
		const section = page.locator('[data-quiz="bedeutung"]');
		await section.getByRole('button', { name: 'Letzten Versuch ansehen' }).click();
		await expect(section.getByRole('heading', { name: /Ihr letzter Versuch vom/ })).toBeFocused();
		await expect(section.getByText('✓ Richtig beantwortet').first()).toBeVisible();
		await section.getByRole('button', { name: 'Erneut versuchen' }).click();
		await expect(section.getByRole('button', { name: 'Wissenscheck auswerten' })).toBeVisible();
		await section.getByRole('button', { name: 'Wissenscheck auswerten' }).click();
		await expect(section.getByText(/Bitte wählen Sie zuerst eine Antwort/).first()).toBeVisible();
	});
});

test.describe('stored data from outside', () => {
	const GARBAGE = '{"version":1,"modules":{"bedeutung":"<script>alert(1)</script>"},';

	test('garbage in storage still loads every page type, keeps the garbage in a backup and says so', async ({
		page,
	}) => {
		await page.addInitScript((garbage) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('bzw:progress', garbage);
				sessionStorage.setItem('seeded', '1');
			}
		}, GARBAGE);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		for (const path of [
			'/',
			'/pfade/',
			'/pfade/grundlagen/',
			MODULE,
			'/glossar/',
			'/lernstand/',
			'/zertifikat/grundlagen/',
			'/ueber/',
		]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			if (path === '/pfade/grundlagen/') {
				// The first page that reads progress finds the garbage, keeps it in a backup and says so.
				const notice = page.locator('[data-storage-notice]');
				await expect(notice).toContainText('nicht lesbar');
				await expect(
					notice.getByRole('link', { name: 'Gesicherte Daten herunterladen' }),
				).toBeVisible();
			}
		}
		const backups = await page.evaluate(() =>
			Object.keys(localStorage)
				.filter((k) => k.startsWith('bzw:progress-backup:'))
				.map((k) => localStorage.getItem(k)),
		);
		expect(backups).toEqual([GARBAGE]);
		expect(errors).toEqual([]);
	});

	test('importing a hostile file changes nothing and says why', async ({ page }) => {
		await page.goto(MODULE);
		await passQuizByKeyboard(page, 'bedeutung');
		const before = await page.evaluate(() => localStorage.getItem('bzw:progress'));
		await page.goto('/lernstand/');
		const hostile = JSON.stringify({
			format: 'beziehungsweise-lernstand',
			progress: {
				version: 1,
				notes: {
					x: { updatedAt: '2026-11-27T10:00:00.000Z', text: '<img src=x onerror=alert(1)>' },
				},
			},
		});
		await page.getByLabel('Lernstand aus Datei übernehmen').setInputFiles({
			name: 'lernstand.json',
			mimeType: 'application/json',
			buffer: Buffer.from(hostile),
		});
		await expect(page.getByRole('status').filter({ hasText: 'nicht übernommen' })).toContainText(
			'Die Datei enthält HTML',
		);
		expect(await page.evaluate(() => localStorage.getItem('bzw:progress'))).toBe(before);
	});

	test('export then import in a fresh browser restores the progress', async ({ page, browser }) => {
		await page.goto(MODULE);
		await passQuizByKeyboard(page, 'bedeutung');
		await page.goto('/lernstand/');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Lernstand als Datei sichern' }).click();
		const file = await (await download).path();

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto('/lernstand/');
		await other.getByLabel('Lernstand aus Datei übernehmen').setInputFiles(file);
		await expect(other.getByText('Die Datei wurde übernommen')).toBeVisible();
		await expect(
			other
				.getByRole('row', { name: /Warum Geschäftsbeziehungen zählen/ })
				.getByRole('cell')
				.nth(1),
		).toHaveText('100 %');
		await fresh.close();
	});

	test('with storage blocked, the quiz still works and the page says progress is not saved', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get: () => {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		await page.goto(MODULE);
		await expect(page.locator('[data-storage-notice]')).toContainText(
			'erlaubt dieser Website nicht, Daten zu speichern',
		);
		await passQuizByKeyboard(page, 'bedeutung');
		await expect(page.getByText(/konnte nicht dauerhaft gespeichert werden/)).toBeVisible();
	});

	test('reset asks first, then deletes', async ({ page }) => {
		await page.goto(MODULE);
		await passQuizByKeyboard(page, 'bedeutung');
		await page.goto('/lernstand/');
		await page.getByRole('button', { name: 'Lernstand zurücksetzen' }).click();
		await expect(
			page.getByRole('group', { name: /Wirklich den gesamten Lernstand/ }),
		).toBeFocused();
		await page.getByRole('button', { name: 'Abbrechen' }).click();
		expect(await page.evaluate(() => localStorage.getItem('bzw:progress'))).not.toBeNull();
		await page.getByRole('button', { name: 'Lernstand zurücksetzen' }).click();
		await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
		await expect(page.getByText('Ihr Lernstand wurde gelöscht.')).toBeVisible();
		expect(await page.evaluate(() => localStorage.getItem('bzw:progress'))).toBeNull();
		await expect(
			page
				.getByRole('row', { name: /Warum Geschäftsbeziehungen zählen/ })
				.getByRole('cell')
				.nth(0),
		).toHaveText('0');
	});
});

test('a self-assessment draws a profile and compares it with the previous one', async ({
	page,
}) => {
	await page.goto('/pfade/grundlagen/beziehungsqualitaet/');
	const box = page.locator('[data-assessment="beziehungsqualitaet"]');
	await box.scrollIntoViewIfNeeded();
	const answerAll = async (label: string) => {
		await expect(box.locator('fieldset').first()).toBeVisible();
		for (const fieldset of await box.locator('fieldset').all())
			await fieldset.getByRole('radio', { name: label }).check();
		await box.getByRole('button', { name: 'Profil auswerten' }).click();
	};
	await answerAll('trifft teilweise zu');
	await expect(
		box.getByRole('img', { name: /Profil: Selbsteinschätzung: Beziehungsqualität/ }),
	).toBeVisible();
	await box.getByRole('button', { name: 'Erneut einschätzen' }).click();
	await answerAll('trifft voll zu');
	await expect(box.getByRole('columnheader', { name: 'Veränderung' })).toBeVisible();
	await expect(box.getByRole('cell', { name: /gestiegen|gesunken/ }).first()).toBeVisible();
	await expectNoAxeViolations(page);
});
