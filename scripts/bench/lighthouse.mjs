// npm run lighthouse: Lighthouse (mobile, its default) on one built page of every kind, printing the
// four category scores per kind. Needs `npm run build` first and a Chromium (CHROMIUM_PATH or
// Debian's). Reports only: it never fails a test run. The presentation pages stay out of search
// engines on purpose (noindex: slides repeat the modules), so their SEO score is reported but not
// counted against the goal.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { serve } from './browser-weight.mjs';

const dist = join(import.meta.dirname, '../../dist');
const PAGES = {
	home: '/',
	paths: '/pfade/',
	path: '/pfade/grundlagen/',
	module: '/pfade/grundlagen/beziehungsqualitaet/',
	'path test': '/pfade/grundlagen/test/abschlusstest/',
	'role-plays': '/rollenspiele/',
	'role-play': '/rollenspiele/erstbesuch-werk/',
	'seminar room': '/rollenspiele/erstbesuch-werk/raum/',
	'room presenter': '/rollenspiele/erstbesuch-werk/raum/referent/',
	presentation: '/praesentation/bedeutung/',
	presenter: '/praesentation/bedeutung/referent/',
	glossary: '/glossar/',
	search: '/suche/?q=vertrauen',
	dashboard: '/lernstand/',
	certificate: '/zertifikat/grundlagen/',
	assignment: '/zuweisung/',
	record: '/nachweis/',
	'hr assign': '/hr/zuweisen/',
	'hr overview': '/hr/uebersicht/',
	about: '/ueber/',
	// Lighthouse refuses a page answered with 404, so the page itself is asked for.
	'not found': '/404.html',
};
const NOINDEX = new Set(['presentation', 'presenter', 'seminar room', 'room presenter']);
const only = process.argv.slice(2);

const executablePath = findChromium();
if (!executablePath) {
	console.log('no Chromium found (set CHROMIUM_PATH)');
	process.exit(0);
}
const server = await serve(dist, { compress: true });
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await launch({
	chromePath: executablePath,
	chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const rows = [];
try {
	for (const [kind, path] of Object.entries(PAGES)) {
		if (only.length > 0 && !only.includes(kind)) continue;
		const { lhr } = await lighthouse(base + path, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
		});
		const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		const failing = Object.values(lhr.audits)
			.filter(
				(audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
			)
			.map((audit) => audit.id);
		const metrics = ['cumulative-layout-shift', 'total-blocking-time', 'largest-contentful-paint']
			.map(
				(id) =>
					`${id
						.split('-')
						.map((w) => w[0])
						.join('')
						.toUpperCase()} ${lhr.audits[id]?.displayValue ?? '?'}`,
			)
			.join(', ');
		rows.push({
			kind,
			path,
			perf: score('performance'),
			a11y: score('accessibility'),
			bp: score('best-practices'),
			seo: score('seo'),
			metrics,
			failing,
		});
	}
} finally {
	chrome.kill();
	server.close();
}
console.log('Lighthouse (mobile): performance / accessibility / best practices / SEO');
for (const row of rows) {
	const seo = NOINDEX.has(row.kind) ? `${row.seo} (noindex on purpose)` : row.seo;
	console.log(
		`  ${row.kind.padEnd(15)} ${String(row.perf).padStart(3)} ${String(row.a11y).padStart(3)} ${String(row.bp).padStart(3)} ${seo}   ${row.metrics}${row.failing.length ? `   failing: ${row.failing.join(', ')}` : ''}`,
	);
}
const full = rows.filter(
	(row) =>
		row.perf === 100 &&
		row.a11y === 100 &&
		row.bp === 100 &&
		(row.seo === 100 || NOINDEX.has(row.kind)),
);
console.log(`\n${full.length} of ${rows.length} page kinds at 100 in all four categories`);
