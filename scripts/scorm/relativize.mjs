// Rewrites a build made under SCORM_BASE so that every internal address is relative to the file
// it is in: `/__bzw_base__/pfade/x/` in `pfade/x/y/index.html` becomes `../../pfade/x/index.html`.
// Folder addresses get `index.html`, because an LMS serves files, not folders. Absolute URLs
// (the canonical link) lose the placeholder and point at the public site.
import { SCORM_BASE } from './base.mjs';

const TEXT_FILE = /\.(html|css|js|json|svg|xml|txt|webmanifest)$/;
const PLACEHOLDER = SCORM_BASE.slice(1); // without the leading slash, for messages and checks

/** `../` once per folder between the file and the root; `./` for a file at the root. */
export function prefixFor(relativePath) {
	const depth = relativePath.split('/').length - 1;
	return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * The text of one file with its addresses made relative. In a script only the base itself may
 * appear, as a string of its own (the base of src/lib/links.ts, which resolves it against its own
 * file); any other address under the base in a script is refused.
 * @param {string} relativePath path of the file inside the build, with `/`
 * @param {string} text
 */
export function relativizeText(relativePath, text) {
	if (!TEXT_FILE.test(relativePath) || !text.includes(PLACEHOLDER)) return text;
	const prefix = prefixFor(relativePath);
	let out = text.replace(new RegExp(`(https?://[^\\s"'<>]*?)${SCORM_BASE}/`, 'g'), '$1/');
	if (relativePath.endsWith('.js')) {
		// `"/__bzw_base__/"` becomes `"../"`, `"/__bzw_base__"` becomes `".."` (for a script under `_astro/`).
		out = out.replace(
			new RegExp(`(["'\`])${SCORM_BASE}(/?)\\1`, 'g'),
			(_, quote, slash) => `${quote}${slash ? prefix : prefix.replace(/\/$/, '')}${quote}`,
		);
	} else {
		out = out.replace(
			new RegExp(`${SCORM_BASE}/([^\\s"'<>()#?&\\\\]*)`, 'g'),
			(_, path) => `${prefix}${path === '' || path.endsWith('/') ? `${path}index.html` : path}`,
		);
	}
	if (out.includes(PLACEHOLDER)) {
		const at = out.indexOf(PLACEHOLDER);
		throw new Error(
			`${relativePath}: an address under the base is left that cannot be made relative: …${out.slice(Math.max(0, at - 60), at + 40)}…`,
		);
	}
	return out;
}

/** Internal links of an HTML page (href, src, data-island-src), without fragment or query. */
export function internalLinks(html) {
	const links = [];
	for (const match of html.matchAll(/\s(?:href|src|data-island-src)="([^"]*)"/g)) {
		const value = match[1].replace(/&amp;/g, '&');
		if (value === '' || /^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(value)) continue;
		links.push(value.replace(/[?#].*$/, ''));
	}
	return links;
}
