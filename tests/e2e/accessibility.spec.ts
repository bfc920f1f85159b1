import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';

/**
 * Every built page, in light and dark scheme, against the WCAG 2.2 A/AA rules of axe-core. With its
 * islands mounted, the page must also run without anything blocked by its Content-Security-Policy.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe (${colorScheme})`, () => {
		test.use({ colorScheme });
		for (const page of builtPages()) {
			test(page, async ({ page: browserPage }) => {
				const blocked: string[] = [];
				browserPage.on('console', (message) => {
					if (/Content.Security.Policy/i.test(message.text())) blocked.push(message.text());
				});
				await browserPage.goto(page);
				// Bring lazily mounted islands (quizzes, self-assessments, dashboard) into the check.
				await browserPage.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
				await browserPage.waitForLoadState('networkidle');
				await expect(browserPage.locator('[data-mount]').getByText(/wird geladen/)).toHaveCount(0);
				const results = await new AxeBuilder({ page: browserPage }).withTags(WCAG_TAGS).analyze();
				const summary = results.violations.map(
					(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
				);
				expect(summary).toEqual([]);
				expect(blocked).toEqual([]);
			});
		}
	});
}
