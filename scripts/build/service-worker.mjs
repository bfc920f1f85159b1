// After `astro build`: writes dist/sw.js with workbox-build's generateSW, so the whole course
// (pages, scripts, styles, search index and term files, quiz and assessment data, presentations)
// is stored in the browser and works offline in the seminar room. Not for the SCORM packages (an
// LMS serves those; build-packages.mjs builds them separately and leaves this file out).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { generateSW } from 'workbox-build';

const dist = join(import.meta.dirname, '../../dist');

// The registration script is on every page: it goes out minified (public/ files are copied as they are).
const register = join(dist, 'sw-register.js');
const { code } = await minify(readFileSync(register, 'utf8'), { ecma: 2017 });
writeFileSync(register, code);

const { count, size, warnings } = await generateSW({
	globDirectory: dist,
	globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,txt,xml}'],
	// The packages and their LMS runner pages are for an LMS; the worker does not store itself.
	globIgnores: ['scorm/**', 'lms/**', 'sw.js'],
	swDest: join(dist, 'sw.js'),
	// One file: no second request for the Workbox runtime, nothing from a CDN.
	inlineWorkboxRuntime: true,
	mode: 'production',
	sourcemap: false,
	// A new version waits until the learner chooses to reload (public/sw-register.js sends SKIP_WAITING).
	skipWaiting: false,
	clientsClaim: false,
	// Pages are folders with an index.html; an address not stored falls back to the offline page.
	directoryIndex: 'index.html',
	navigateFallback: '/offline/index.html',
	navigateFallbackDenylist: [/^\/scorm\//, /^\/lms\//, /\.[a-z0-9]+$/i],
	// `v` is the search index's version in the addresses of its term and text files, `q` the query of
	// the search page: the stored file is the one of this build either way.
	ignoreURLParametersMatching: [/^v$/, /^q$/, /^utm_/],
	// Vite's file names carry a content hash already.
	dontCacheBustURLsMatching: /^_astro\//,
	maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
	cleanupOutdatedCaches: true,
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(
	`service worker: ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) stored for offline use`,
);
