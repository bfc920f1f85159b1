import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { passQuizByKeyboard } from './helpers/quiz';

/**
 * The seminar room without Wi-Fi: after one visit online, the service worker (dist/sw.js, made by
 * scripts/build/service-worker.mjs) serves the course from the browser's storage.
 */
test.use({ serviceWorkers: 'allow' });
// The update test changes dist/sw.js for a moment; the others must not install meanwhile.
test.describe.configure({ mode: 'serial' });

const PATH = 'technik-innendienst';
const modules = (parse(readFileSync(`content/paths/${PATH}.yaml`, 'utf8')) as { modules: string[] })
	.modules;

/** Waits until the worker is active, i.e. it has stored every file of the course. */
async function workerReady(page: Page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
}

test('after one visit online, every page of a path opens offline, search finds, a quiz is recorded; back online all is as before', async ({
	page,
	context,
}) => {
	test.slow();
	await page.goto('/');
	await workerReady(page);
	await expect(page.locator('[data-offline-badge]')).toBeHidden();

	await context.setOffline(true);
	// The header says so at once. (Chromium's offline emulation reaches navigator.onLine of the page
	// that is open, not of the documents opened after it, so this is checked here.)
	await expect(page.locator('[data-offline-badge]')).toBeVisible();
	await expect(page.locator('[data-offline-badge]')).toHaveText('Offline');
	await page.goto(`/pfade/${PATH}/`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	for (const id of modules) {
		await page.goto(`/pfade/${PATH}/${id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('main')).not.toContainText('Offline nicht verfügbar');
	}
	// The presentation of a module too, for the trainer.
	await page.goto('/praesentation/diagnose/');
	await expect(page.locator('.slide').first()).toBeAttached();

	// Search: its code, index and term files come from the worker.
	await page.goto(`/pfade/${PATH}/diagnose/`);
	await page.getByRole('button', { name: 'Suche' }).click();
	await page.getByRole('dialog').getByRole('combobox', { name: 'Suchbegriff' }).fill('Vertrauen');
	await expect(
		page
			.getByRole('dialog')
			.getByRole('listbox', { name: 'Suchergebnisse' })
			.getByRole('option')
			.first(),
	).toBeVisible();
	await page.keyboard.press('Escape');

	// A knowledge check: its questions load offline and the attempt is kept.
	await passQuizByKeyboard(page, 'diagnose');
	const attempts = await page.evaluate(
		() => JSON.parse(localStorage.getItem('bzw:progress')!).quizAttempts.diagnose.length,
	);
	expect(attempts).toBe(1);

	// An address the worker does not hold: the offline page, with ways back.
	await page.goto('/gibt-es-nicht/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offline nicht verfügbar');
	await expect(page.getByRole('link', { name: 'Zu Ihrem Lernstand' })).toBeVisible();

	await context.setOffline(false);
	await page.goto('/lernstand/');
	await expect(page.locator(`[data-path-card="${PATH}"]`)).toBeVisible();
});

test('a new deployment is offered, not forced: the page reloads only when the learner asks', async ({
	page,
	context,
}) => {
	await page.goto('/');
	await workerReady(page);
	await page.reload(); // now the page is controlled by the worker
	const notice = page.locator('[data-update-notice]');
	await expect(notice).toBeHidden();

	// The next deployment, as the server would deliver it: the worker file changes (and is put back
	// when the test ends, so the build stays as it was).
	const current = readFileSync('dist/sw.js', 'utf8');
	writeFileSync('dist/sw.js', `${current}\n// neue Version\n`);
	try {
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(notice).toBeVisible();
		await expect(notice).toHaveAttribute('role', 'status');
		await expect(notice).toContainText('Eine neue Version ist verfügbar.');

		// Nothing happens by itself: a mark set in the page survives a while.
		await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
		await page.waitForTimeout(1500);
		expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);

		const reloaded = page.waitForEvent('load');
		await notice.getByRole('button', { name: 'Neu laden' }).click();
		await reloaded;
		expect(
			await page.evaluate(() => (window as unknown as { mark?: number }).mark),
		).toBeUndefined();
		await expect(page.locator('[data-update-notice]')).toBeHidden();
	} finally {
		writeFileSync('dist/sw.js', current);
	}
});

test('the site can be installed: a manifest with its name, start address and icons', async ({
	page,
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await page.request.get(href!)).json();
	const site = parse(readFileSync('content/site.yaml', 'utf8')) as { platform: string };
	expect(manifest).toMatchObject({
		short_name: site.platform,
		start_url: '/',
		display: 'standalone',
		lang: 'de',
	});
	for (const icon of manifest.icons as { src: string }[])
		expect((await page.request.get(icon.src)).status()).toBe(200);
});

test('the worker stores the whole course and nothing meant for an LMS', () => {
	const stored = [...readFileSync('dist/sw.js', 'utf8').matchAll(/url:"([^"]+)"/g)].map(
		(m) => m[1]!,
	);
	for (const expected of [
		'index.html',
		'offline/index.html',
		`pfade/${PATH}/index.html`,
		...modules.map((id) => `pfade/${PATH}/${id}/index.html`),
		...modules.map((id) => `praesentation/${id}/index.html`),
		...modules.map((id) => `wissenscheck/${id}.json`),
		'selbsteinschaetzung/beziehungsqualitaet.json',
		'suche/index.json',
		'sw-register.js',
		'manifest.webmanifest',
	])
		expect(stored, expected).toContain(expected);
	expect(stored.some((url) => url.startsWith('suche/begriffe/'))).toBe(true);
	expect(stored.some((url) => url.startsWith('suche/texte/'))).toBe(true);
	expect(stored.some((url) => url.startsWith('_astro/') && url.endsWith('.js'))).toBe(true);
	expect(stored.filter((url) => /^(scorm|lms)\//.test(url) || url === 'sw.js')).toEqual([]);
});
