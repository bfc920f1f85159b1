import { createHash } from 'node:crypto';

/**
 * Astro's CSP lists, on every page, the hashes of every inline script and style the whole site might
 * use (its island loader, each `client:` directive, the island styles), whether the page has them or
 * not. A page's policy should allow only what that page runs, and the unused hashes cost about 0.4 KB
 * gzip on every page (hashes do not compress). This keeps, in `script-src` and `style-src`, the hashes
 * of the inline scripts and styles the page really contains; everything else in the policy stays.
 */
const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE = (tag: 'script' | 'style') => new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi');
const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;

function inlineContents(html: string, tag: 'script' | 'style'): string[] {
	return [...html.matchAll(INLINE(tag))].filter((match) => !/\bsrc\s*=/i.test(match[1] ?? '')).map((match) => match[2] ?? '');
}

const digest = (algorithm: string, content: string) => `'sha${algorithm}-${createHash(`sha${algorithm}`).update(content).digest('base64')}'`;

/** The page's HTML with a CSP that allows only the inline code the page contains; a page without a CSP meta is returned as it is. */
export function keepHashesInUse(html: string): string {
	const meta = CSP_META.exec(html);
	if (!meta) return html;
	const inUse = { 'script-src': inlineContents(html, 'script'), 'style-src': inlineContents(html, 'style') };
	const policy = meta[1]!
		.split(';')
		.map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			if (name !== 'script-src' && name !== 'style-src') return directive.trim();
			const contents = inUse[name];
			const kept = sources.filter((source) => {
				const hash = HASH_SOURCE.exec(source);
				return !hash || contents.some((content) => digest(hash[1]!, content) === source);
			});
			return [name, ...kept].join(' ');
		})
		.filter(Boolean)
		.join(';');
	return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy};">`);
}
