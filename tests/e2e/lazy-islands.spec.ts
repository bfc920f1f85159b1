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
