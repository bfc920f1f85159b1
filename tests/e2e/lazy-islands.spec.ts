import { expect, test, type Page } from '@playwright/test';

/**
 * Content pages ship no framework until something interactive comes near: React loads when a
 * module's quiz or a role-play nears the viewport, not with the page and not when the browser is idle.
 */
const REACT_MARKER = /react\.transitional\.element|__reactFiber/;

/** Records whether any script the page fetched so far is React. */
function watchForReact(page: Page): { loaded: boolean } {
	const seen = { loaded: false };
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script') return;
		const body = await response.text().catch(() => '');
		if (REACT_MARKER.test(body)) seen.loaded = true;
	});
	return seen;
}

test('a module page loads React only when its quiz comes near', async ({ page }) => {
	const react = watchForReact(page);
	await page.goto('/pfade/grundlagen/bedeutung/', { waitUntil: 'networkidle' });
	// The progress store loads when the browser is idle: wait for it, then check again.
	await expect(page.locator('[data-module-status]')).not.toBeEmpty();
	await page.waitForLoadState('networkidle');
	expect(react.loaded).toBe(false);
	await expect(page.locator('[data-mount="quiz"] fieldset')).toHaveCount(0);

	await page.locator('[data-quiz]').scrollIntoViewIfNeeded();
	await expect(page.locator('[data-mount="quiz"] fieldset').first()).toBeVisible();
	await expect.poll(() => react.loaded).toBe(true); // the same check sees React once it is there
});

test('the home page and the glossary load no framework at all', async ({ page }) => {
	const react = watchForReact(page);
	for (const path of ['/', '/glossar/']) {
		await page.goto(path, { waitUntil: 'networkidle' });
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await page.waitForLoadState('networkidle');
	}
	expect(react.loaded).toBe(false);
});

test("a self-assessment loads its profile's code once the learner answers, and says so when it cannot", async ({
	page,
}) => {
	const profileChunk = /\/_astro\/ProfileView\.[\w-]+\.js$/;
	const requested: string[] = [];
	page.on('request', (request) => {
		if (profileChunk.test(new URL(request.url()).pathname)) requested.push(request.url());
	});
	// Offline as the profile is needed: the chunk does not arrive.
	await page.route(profileChunk, (route) => route.abort());
	await page.goto('/pfade/grundlagen/beziehungsqualitaet/');
	const box = page.locator('[data-assessment="beziehungsqualitaet"]');
	await box.scrollIntoViewIfNeeded();
	await expect(box.locator('fieldset').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(requested).toEqual([]); // the questionnaire alone needs no chart

	for (const fieldset of await box.locator('fieldset').all())
		await fieldset.getByRole('radio', { name: 'trifft teilweise zu' }).check();
	await expect.poll(() => requested.length).toBeGreaterThan(0);
	await box.getByRole('button', { name: 'Profil auswerten' }).click();
	await expect(box.getByRole('alert')).toContainText('Das Profil konnte nicht geladen werden');
	// The answers were kept all the same: the dashboard has the result.
	const stored = await page.evaluate(
		() =>
			JSON.parse(localStorage.getItem('bzw:progress') ?? '{}').assessments?.beziehungsqualitaet
				?.length,
	);
	expect(stored).toBe(1);

	// Back online: with a stored result, the profile loads with the page.
	await page.unroute(profileChunk);
	await page.reload();
	await box.scrollIntoViewIfNeeded();
	await expect(
		box.getByRole('img', { name: /Profil: Selbsteinschätzung: Beziehungsqualität/ }),
	).toBeVisible();
});

test('a module page validates stored progress: a record changed outside the site into another site’s address is set aside', async ({
	page,
}) => {
	await page.goto('/pfade/grundlagen/bedeutung/');
	await expect(page.locator('[data-module-status]')).not.toBeEmpty();
	await page.evaluate(() =>
		localStorage.setItem(
			'bzw:progress',
			localStorage
				.getItem('bzw:progress')!
				.replace(/"href":"[^"]*"/, '"href":"//andere-seite.example/"'),
		),
	);
	await page.reload();
	await expect(page.locator('[data-module-status]')).not.toBeEmpty();
	const notice = page.locator('[data-storage-notice]');
	await expect(notice).toBeVisible();
	// The store says what happened; the page words it (storage.problem.* in de.json).
	await expect(notice).toContainText('1 Eintrag war beschädigt und wurde übersprungen.');
	await expect(notice.getByRole('link', { name: /herunterladen/i })).toBeVisible();
	const stored = await page.evaluate(
		() => JSON.parse(localStorage.getItem('bzw:progress')!).lastLocation.href,
	);
	expect(stored).toBe('/pfade/grundlagen/bedeutung/');
});
