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
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** Adds a script and what it imports; with `dynamic`, also what it may load later with import(). */
function collectScript(dist, file, seen, dynamic = false) {
	if (seen.has(file)) return;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const pattern of dynamic ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT])
		for (const match of code.matchAll(pattern)) collectScript(dist, localFile(dist, match[1], file), seen, dynamic);
}

/** Signs of a UI framework runtime in shipped JavaScript. */
const FRAMEWORK_MARKERS = [/react\.(transitional\.)?element/, /__reactFiber|__reactProps/, /\$\$typeof/, /createRoot\(/];

/** The page's `<script>`s: files (with their static imports) into `scripts`, inline code returned. */
function firstViewScripts(dist, htmlFile, html, scripts) {
	let inlineJs = '';
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(match[1]);
		if (src) collectScript(dist, localFile(dist, src[1], htmlFile), scripts);
		else inlineJs += match[2];
	}
	return inlineJs;
}

export function pageWeight(dist, htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	const scripts = new Set();
	const inlineJs = firstViewScripts(dist, htmlFile, html, scripts);
	const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => localFile(dist, /href="([^"]+)"/.exec(m[0])[1], htmlFile));
	let inlineCss = '';
	for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) inlineCss += match[1];

	const js = [...scripts].map((f) => readFileSync(f, 'utf8')).join('\n') + inlineJs;
	// Everything the page may load: its scripts with their dynamic imports (lazily mounted islands),
	// and Astro islands' components and renderers.
	const hydrated = new Set();
	for (const file of scripts) collectScript(dist, file, hydrated, true);
	for (const match of html.matchAll(/<astro-island\b[^>]*>/g))
		for (const attr of ['component-url', 'renderer-url']) {
			const url = new RegExp(`${attr}="([^"]+)"`).exec(match[0]);
			if (url) collectScript(dist, localFile(dist, url[1], htmlFile), hydrated, true);
		}
	const allJs = [...hydrated].map((f) => readFileSync(f, 'utf8')).join('\n') + inlineJs;
	const css = styles.map((f) => readFileSync(f, 'utf8')).join('\n') + inlineCss;
	return {
		html: { raw: Buffer.byteLength(html), gzip: gzipSize(html) },
		js: { raw: Buffer.byteLength(js), gzip: js ? gzipSize(js) : 0 },
		/** Sum of each file's own gzip size, as a browser fetches them, once everything lazy has loaded. */
		jsHydrated: { gzip: [...hydrated].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0) + (inlineJs ? gzipSize(inlineJs) : 0) },
		framework: FRAMEWORK_MARKERS.some((marker) => marker.test(js)),
		frameworkHydrated: FRAMEWORK_MARKERS.some((marker) => marker.test(allJs)),
		css: { raw: Buffer.byteLength(css), gzip: css ? gzipSize(css) : 0 },
	};
}
