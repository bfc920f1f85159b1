import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';

/** Every page carries a strict CSP, loads nothing from another origin and sets no cookie. */
for (const path of builtPages()) {
	test(`CSP, same-origin requests and no cookies: ${path}`, async ({ page, context, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
		});
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(path, { waitUntil: 'networkidle' });

		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).not.toBeNull();
		const directives = Object.fromEntries(
			csp!
				.split(';')
				.map((d) => d.trim())
				.filter(Boolean)
				.map((d) => {
					const [name, ...values] = d.split(/\s+/);
					return [name, values];
				}),
		);
		expect(directives['default-src']).toEqual(["'self'"]);
		expect(directives['object-src']).toEqual(["'none'"]);
		expect(directives['script-src']).toContain("'self'");
		expect(directives['script-src']).not.toContain("'unsafe-inline'");
		expect(directives['script-src']).not.toContain("'unsafe-eval'");
		expect(
			directives['script-src'].every(
				(source: string) => source === "'self'" || source.startsWith("'sha"),
			),
		).toBe(true);

		// Nothing the page runs while it loads is blocked by its own policy.
		expect(violations).toEqual([]);

		expect(foreign).toEqual([]);
		expect(await context.cookies()).toEqual([]);
		expect(await page.evaluate(() => document.cookie)).toBe('');
	});
}
