import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keepHashesInUse } from '../../../src/lib/csp/prune-hashes';

const sha256 = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
const page = (policy: string, body: string) => `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('keepHashesInUse', () => {
	const used = 'document.documentElement.dataset.ready = "1"';
	const unused = 'console.log("an island loader this page does not have")';
	const style = 'astro-island{display:contents}';
	const policy = `default-src 'self';object-src 'none'; script-src 'self' ${sha256(used)} ${sha256(unused)}; style-src 'self' ${sha256(style)} ${sha256('')};`;

	it('keeps the hashes of the inline scripts and styles on the page and drops the others', () => {
		const html = keepHashesInUse(page(policy, `<script>${used}</script><style>${style}</style><script type="module" src="/_astro/a.js"></script>`));
		expect(policyOf(html)).toBe(`default-src 'self';object-src 'none';script-src 'self' ${sha256(used)};style-src 'self' ${sha256(style)};`);
	});

	it('leaves every other directive and the rest of the page as they were', () => {
		const body = `<main><p>Vertrauen</p><script>${used}</script></main>`;
		const html = keepHashesInUse(page(policy, body));
		expect(html).toContain(body);
		expect(policyOf(html)).toMatch(/^default-src 'self';object-src 'none';script-src 'self' /);
	});

	it("drops every hash from a page without inline code, keeping 'self'", () => {
		const html = keepHashesInUse(page(policy, '<script type="module" src="/_astro/a.js"></script>'));
		expect(policyOf(html)).toBe("default-src 'self';object-src 'none';script-src 'self';style-src 'self';");
	});

	it('keeps a script whose text differs by one character out', () => {
		const html = keepHashesInUse(page(policy, `<script>${used} </script>`));
		expect(policyOf(html)).not.toContain(sha256(used));
	});

	it('returns a page without a policy unchanged', () => {
		const html = '<!DOCTYPE html><html><body><script>x()</script></body></html>';
		expect(keepHashesInUse(html)).toBe(html);
	});
});
