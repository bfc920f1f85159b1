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

function collectScript(dist, file, seen) {
	if (seen.has(file)) return;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g))
		collectScript(dist, localFile(dist, match[1], file), seen);
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
	const css = styles.map((f) => readFileSync(f, 'utf8')).join('\n') + inlineCss;
	return {
		html: { raw: Buffer.byteLength(html), gzip: gzipSize(html) },
		js: { raw: Buffer.byteLength(js), gzip: js ? gzipSize(js) : 0 },
		css: { raw: Buffer.byteLength(css), gzip: css ? gzipSize(css) : 0 },
		framework: FRAMEWORK_MARKERS.some((marker) => marker.test(js)),
	};
}

/**
 * What a page loads once its islands hydrate: first-view scripts plus each island's component and
 * renderer (`<astro-island component-url renderer-url>`) with their static imports, gzip in one piece.
 */
export function islandWeight(dist, htmlFile) {
	const html = readFileSync(htmlFile, 'utf8');
	const scripts = new Set();
	const inlineJs = firstViewScripts(dist, htmlFile, html, scripts);
	const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)];
	for (const island of islands)
		for (const attribute of ['component-url', 'renderer-url']) {
			const url = new RegExp(`\\b${attribute}="([^"]+)"`).exec(island[0]);
			if (url) collectScript(dist, localFile(dist, url[1], htmlFile), scripts);
		}
	const js = [...scripts].map((f) => readFileSync(f, 'utf8')).join('\n') + inlineJs;
	return { islands: islands.length, js: { raw: Buffer.byteLength(js), gzip: js ? gzipSize(js) : 0 } };
}
