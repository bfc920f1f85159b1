// What a browser loads on first view of a built page: the HTML, and the scripts and stylesheets
// it references (following static `import` of module scripts), raw and gzip.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

function localFile(dist, url, fromFile) {
	if (/^[a-z]+:/i.test(url)) throw new Error(`${fromFile}: external resource ${url}`);
	return url.startsWith('/') ? join(dist, url) : join(dirname(fromFile), url);
}

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;

/** Adds a script and what it imports statically (what loads later is measured in a browser: browser-weight.mjs). */
function collectScript(dist, file, seen) {
	if (seen.has(file)) return;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const match of code.matchAll(STATIC_IMPORT))
		collectScript(dist, localFile(dist, match[1], file), seen);
}

/** Signs of a UI framework runtime in shipped JavaScript. */
export const FRAMEWORK_MARKERS = [
	/react\.(transitional\.)?element/,
	/__reactFiber|__reactProps/,
	/\$\$typeof/,
	/createRoot\(/,
];

/** The page's `<script>`s: files (with their static imports) into `scripts`, inline code returned. */
function firstViewScripts(dist, htmlFile, html, scripts) {
	let inlineJs = '';
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(match[1]);
		const type = /\btype="([^"]*)"/.exec(match[1])?.[1] ?? '';
		if (!['', 'module', 'text/javascript'].includes(type)) continue; // a data block, not JavaScript
		if (src) collectScript(dist, localFile(dist, src[1], htmlFile), scripts);
		else inlineJs += match[2];
	}
	return inlineJs;
}

/** The text a reader sees in the page's `<main>`: what no markup change can make smaller. */
function mainText(html) {
	const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
	return main
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The page around the text: the HTML with every text inside `<main>` emptied, its markup kept.
 * What the site adds to a module, whatever its length (issue 15 budgets it, not the text).
 */
function pageAroundText(html) {
	return html.replace(/<main\b[\s\S]*?<\/main>/, (main) =>
		main.replace(/(<(script|style|template)\b[\s\S]*?<\/\2>)|>([^<]+)</g, (_match, keep) =>
			keep ? keep : '><',
		),
	);
}

export function pageWeight(dist, htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	const scripts = new Set();
	const inlineJs = firstViewScripts(dist, htmlFile, html, scripts);
	const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) =>
		localFile(dist, /href="([^"]+)"/.exec(m[0])[1], htmlFile),
	);
	let inlineCss = '';
	for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) inlineCss += match[1];

	const js = [...scripts].map((f) => readFileSync(f, 'utf8')).join('\n') + inlineJs;
	const css = styles.map((f) => readFileSync(f, 'utf8')).join('\n') + inlineCss;
	const text = mainText(html);
	return {
		html: { raw: Buffer.byteLength(html), gzip: gzipSize(html) },
		text: { words: text ? text.split(' ').length : 0, gzip: text ? gzipSize(text) : 0 },
		frame: { gzip: gzipSize(pageAroundText(html)) },
		js: { raw: Buffer.byteLength(js), gzip: js ? gzipSize(js) : 0 },
		framework: FRAMEWORK_MARKERS.some((marker) => marker.test(js)),
		css: { raw: Buffer.byteLength(css), gzip: css ? gzipSize(css) : 0 },
	};
}
