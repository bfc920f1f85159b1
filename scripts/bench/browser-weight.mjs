// The JavaScript a real browser fetches on a built page, at three moments: by the load event (what
// the HTML itself pulls in), once the page has settled without the reader doing anything (adds what
// loads when the browser is idle, such as the progress store), and after scrolling to the end, when
// every lazily mounted island has loaded. Reading the build output
// cannot tell which dynamic imports a page really takes (the search code, say, loads only when
// search opens), so this asks Chromium. Each file counts with its own gzip size, as a server
// would send it, inline scripts likewise.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { FRAMEWORK_MARKERS } from './page-weight.mjs';

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

const TYPES = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};

/**
 * Serves `dist` on a free port of 127.0.0.1; folders answer with their index.html, missing files
 * with 404.html. With `compress`, gzip as a web server would send it (Lighthouse measures that).
 */
export function serve(dist, { compress = false } = {}) {
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
		let file = normalize(join(dist, pathname));
		if (!file.startsWith(dist)) return response.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			if (!compress || !existsSync(join(dist, '404.html'))) return response.writeHead(404).end();
			[status, file] = [404, join(dist, '404.html')];
		}
		const body = readFileSync(file);
		const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
		if (compress && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
			response.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
			return response.end(gzipSync(body));
		}
		response.writeHead(status, headers);
		response.end(body);
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Counts the page's requests in flight, and when the last one started or ended. */
function trackRequests(page) {
	const state = { inFlight: 0, lastChange: Date.now() };
	const change = (delta) => () => {
		state.inFlight += delta;
		state.lastChange = Date.now();
	};
	page.on('request', change(1));
	page.on('requestfinished', change(-1));
	page.on('requestfailed', change(-1));
	return state;
}

/** Waits until no request is in flight and none has started or ended for `quietMs` (a mounting island can start new ones). */
async function settle(page, requests, quietMs = 700) {
	while (requests.inFlight > 0 || Date.now() - requests.lastChange < quietMs)
		await page.waitForTimeout(100);
}

/**
 * For each page (a path under `dist`), the gzip bytes of JavaScript fetched by the load event, once
 * settled, and in all once scrolled through; null when no Chromium is on the machine.
 */
export async function browserWeights(dist, paths) {
	const executablePath = findChromium();
	if (!executablePath) return null;
	const server = await serve(dist);
	const base = `http://127.0.0.1:${server.address().port}`;
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const results = new Map();
	try {
		for (const path of paths) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			const scripts = new Set();
			const requests = trackRequests(page);
			page.on('request', (request) => {
				if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
			});
			await page.goto(base + path, { waitUntil: 'load' });
			const byLoad = new Set(scripts);
			await settle(page, requests);
			// Executable inline scripts only: a JSON data block is not JavaScript.
			const inline = await page.$$eval('script:not([src])', (elements) =>
				elements
					.filter((element) => ['', 'module', 'text/javascript'].includes(element.type))
					.map((element) => element.textContent ?? ''),
			);
			const inlineBytes = inline.filter(Boolean).reduce((sum, code) => sum + gzipSize(code), 0);
			const bytes = (files) =>
				[...files].reduce(
					(sum, file) => sum + gzipSize(readFileSync(join(dist, file))),
					inlineBytes,
				);
			const bySettling = new Set(scripts);
			const onLoad = bytes(byLoad);
			const settled = bytes(bySettling);
			// Scroll step by step, as a reader does, so that every island nears the viewport.
			for (let y = 0, height = 1; y < height; y += 600) {
				height = await page.evaluate(
					(top) => (window.scrollTo(0, top), document.documentElement.scrollHeight),
					y,
				);
				await page.waitForTimeout(50);
			}
			await settle(page, requests);
			const hasFramework = (files) =>
				[...files].some((file) =>
					FRAMEWORK_MARKERS.some((marker) => marker.test(readFileSync(join(dist, file), 'utf8'))),
				);
			const frameworkOnLoad = hasFramework(byLoad);
			const frameworkSettled = hasFramework(bySettling);
			results.set(path, {
				onLoad,
				settled,
				all: bytes(scripts),
				frameworkOnLoad,
				frameworkSettled,
				files: [...scripts],
			});
			await page.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	return results;
}
