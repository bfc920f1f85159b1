// npm run bench [-- --synthetic N] [--runs R] [--synthetic-only]
// Builds the site and reports, per page kind, what a first view costs; with --synthetic, builds a
// generated course of N modules with this site, a minimal Astro + MDX baseline and Starlight, and compares.
// Budgets are printed as pass/fail; the bench reports, it never fails a test run.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { browserWeights } from './browser-weight.mjs';
import { pageWeight } from './page-weight.mjs';
import { searchBench } from './search-bench.mjs';
import { writeSyntheticCourse } from './synthetic-corpus.mjs';

const root = join(import.meta.dirname, '../..');
const { values } = parseArgs({
	options: {
		synthetic: { type: 'string' },
		runs: { type: 'string', default: '3' },
		'synthetic-only': { type: 'boolean', default: false },
	},
});
const KB = 1024;
const BUDGET = {
	moduleJsGzip: 5 * KB,
	roleplayFirstViewJsGzip: 5 * KB,
	roleplayIslandJsGzip: 95 * KB,
	moduleIslandJsGzip: 85 * KB,
	cssGzip: 15 * KB,
	/** The synthetic 1,200-word module, whole. */
	moduleHtmlGzip: 8 * KB,
	/** Every module page's HTML without the text of its <main>: the page around the text. */
	moduleFrameGzip: 4.5 * KB,
	/** The learner site (no slide pages) against the plain Astro + MDX baseline. */
	buildRatio: 1.3,
	/** The whole site against Starlight building the same modules. */
	starlightRatio: 0.7,
	htmlGrowth: 0.02,
};
const results = [];

function buildOnce(projectRoot, outDir, contentDir) {
	rmSync(outDir, { recursive: true, force: true }); // time the build, not the removal of the previous one
	const env = { ...process.env, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) };
	const run = spawnSync(
		process.execPath,
		[join(import.meta.dirname, 'build-once.mjs'), projectRoot, outDir],
		{ env, encoding: 'utf8' },
	);
	if (run.status !== 0)
		throw new Error(`build of ${projectRoot} failed:\n${run.stdout}\n${run.stderr}`);
	return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

/**
 * This project without the trainer's slide routes (two pages per module, issue 7), in a folder of
 * its own, so the bench can say what those pages cost. node_modules is linked.
 */
function learnerSiteCopy(work) {
	const copy = join(work, 'learner-site');
	const skip = new Set([
		'node_modules',
		'.git',
		'dist',
		'.astro',
		'tests',
		'test-results',
		'playwright-report',
	]);
	for (const entry of readdirSync(root))
		if (!skip.has(entry)) cpSync(join(root, entry), join(copy, entry), { recursive: true });
	rmSync(join(copy, 'src/pages/praesentation'), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
	return copy;
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

function htmlPages(dist) {
	return readdirSync(dist, { recursive: true })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(dist, file));
}

/** Groups built pages by kind, from their address. */
function kindOf(dist, file) {
	const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
	if (path === '/') return 'home';
	if (path === '/glossar/') return 'glossary';
	if (/^\/pfade\/[^/]+\/$/.test(path)) return 'path';
	if (/^\/pfade\/[^/]+\/[^/]+\/$/.test(path) || /^\/module\/[^/]+\/$/.test(path)) return 'module';
	if (/^\/rollenspiele\/[^/]+\/$/.test(path)) return 'roleplay';
	return 'other';
}

function budget(name, ok, detail) {
	results.push({ name, ok });
	console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
}

/** A figure printed beside the budgets, with no budget of its own. */
function info(name, detail) {
	console.log(`  info  ${name}: ${detail}`);
}

function measureSite(dist) {
	const byKind = new Map();
	for (const file of htmlPages(dist)) {
		const kind = kindOf(dist, file);
		if (!byKind.has(kind)) byKind.set(kind, []);
		byKind.get(kind).push({ file, ...pageWeight(dist, file) });
	}
	return byKind;
}

function printTable(byKind) {
	const rows = [
		[
			'kind',
			'pages',
			'HTML raw',
			'HTML gzip (median / max)',
			'JS raw',
			'JS gzip',
			'CSS raw',
			'CSS gzip',
			'framework first view',
		],
	];
	for (const kind of ['home', 'path', 'module', 'roleplay', 'glossary', 'other']) {
		const pages = byKind.get(kind);
		if (!pages) continue;
		const worst = (pick) => Math.max(...pages.map(pick));
		rows.push([
			kind,
			String(pages.length),
			kb(median(pages.map((p) => p.html.raw))),
			`${kb(median(pages.map((p) => p.html.gzip)))} / ${kb(worst((p) => p.html.gzip))}`,
			kb(worst((p) => p.js.raw)),
			kb(worst((p) => p.js.gzip)),
			kb(worst((p) => p.css.raw)),
			kb(worst((p) => p.css.gzip)),
			pages.some((p) => p.framework) ? 'yes' : 'no',
		]);
	}
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	for (const row of rows)
		console.log(`  ${row.map((cell, c) => cell.padEnd(widths[c])).join('  ')}`);
}

function checkPageBudgets(byKind, label, dist, synthetic = false) {
	const modules = byKind.get('module') ?? [];
	const all = [...byKind.values()].flat();
	const maxModuleJs = Math.max(0, ...modules.map((p) => p.js.gzip));
	budget(
		`${label}: module page first-view JS (the page's own scripts) ≤ 5 KB gzip, no framework`,
		maxModuleJs <= BUDGET.moduleJsGzip && !modules.some((p) => p.framework),
		`${kb(maxModuleJs)}${modules.some((p) => p.framework) ? ', framework found' : ''}`,
	);
	const maxCss = Math.max(...all.map((p) => p.css.gzip));
	budget(`${label}: CSS ≤ 15 KB gzip on every page`, maxCss <= BUDGET.cssGzip, kb(maxCss));
	const roleplays = byKind.get('roleplay') ?? [];
	if (roleplays.length > 0) {
		const maxFirstView = Math.max(...roleplays.map((p) => p.js.gzip));
		budget(
			`${label}: role-play page first-view JS ≤ 5 KB gzip, no framework`,
			maxFirstView <= BUDGET.roleplayFirstViewJsGzip && !roleplays.some((p) => p.framework),
			`${kb(maxFirstView)}${roleplays.some((p) => p.framework) ? ', framework found' : ''}`,
		);
	}
	const pageOf = (p) => `/${relative(dist, p.file).replace(/index\.html$/, '')}`;
	const framed = modules.reduce((a, b) => (b.frame.gzip > a.frame.gzip ? b : a), modules[0]);
	budget(
		`${label}: every module page's HTML without its <main> text ≤ 4.5 KB gzip`,
		framed.frame.gzip <= BUDGET.moduleFrameGzip,
		`largest ${kb(framed.frame.gzip)} (${pageOf(framed)})`,
	);
	const heaviest = modules.reduce((a, b) => (b.html.gzip > a.html.gzip ? b : a), modules[0]);
	// The whole page, with the text alone beside it: the course's real modules are longer than the
	// synthetic one and their text is not budgeted; the synthetic 1,200-word module is.
	const whole = `largest ${kb(heaviest.html.gzip)} (${pageOf(heaviest)}: ${heaviest.text.words} words in <main>, their text alone ${kb(heaviest.text.gzip)})`;
	if (synthetic)
		budget(
			`${label}: module HTML (1,200 words) ≤ 8 KB gzip`,
			heaviest.html.gzip <= BUDGET.moduleHtmlGzip,
			whole,
		);
	else info(`${label}: module HTML, whole`, whole);
}

/** One page per distinct module (a module appears once per path it is in), every role-play, and one page of each other kind. */
function browserSample(byKind, dist) {
	const address = (file) => `/${relative(dist, file)}`.replace(/index\.html$/, '');
	const modules = new Map();
	for (const page of byKind.get('module') ?? []) {
		const id = address(page.file).split('/').at(-2);
		if (!modules.has(id)) modules.set(id, address(page.file));
	}
	const others = ['home', 'path', 'glossary'].flatMap((kind) =>
		(byKind.get(kind) ?? []).slice(0, 1).map((page) => address(page.file)),
	);
	return {
		modules: [...modules.values()],
		roleplays: (byKind.get('roleplay') ?? []).map((page) => address(page.file)),
		others,
	};
}

/**
 * The JavaScript Chromium really fetches: by the load event, settled without scrolling (adds what
 * loads when the browser is idle) and after scrolling to the end (every island mounted).
 */
async function browserBudgets(byKind, dist) {
	const sample = browserSample(byKind, dist);
	const weights = await browserWeights(dist, [
		...sample.others,
		...sample.modules,
		...sample.roleplays,
	]);
	if (!weights) {
		console.log('\n  (no Chromium found: the browser measurements are skipped; set CHROMIUM_PATH)');
		return;
	}
	console.log(
		'\n  JavaScript in Chromium (gzip): by the load event / settled, nothing scrolled / scrolled to the end',
	);
	const rows = [...weights].map(([path, w]) => [
		path,
		kb(w.onLoad),
		kb(w.settled),
		kb(w.all),
		w.frameworkSettled ? 'React before scrolling' : '',
	]);
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	for (const row of rows)
		console.log(
			`    ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')}`,
		);
	console.log();
	const worst = (paths, pick) =>
		paths.reduce(
			(best, path) => (pick(weights.get(path)) > pick(weights.get(best)) ? path : best),
			paths[0],
		);
	if (sample.modules.length > 0) {
		const onLoad = worst(sample.modules, (w) => w.onLoad);
		const framework = sample.modules.filter((path) => weights.get(path).frameworkOnLoad);
		budget(
			'course: module page JS by the load event ≤ 5 KB gzip, no framework',
			weights.get(onLoad).onLoad <= BUDGET.moduleJsGzip && framework.length === 0,
			`${kb(weights.get(onLoad).onLoad)} (${onLoad})${framework.length ? `, framework on ${framework.join(', ')}` : ''}`,
		);
		const settled = worst(sample.modules, (w) => w.settled);
		info(
			'course: module page JS once idle, nothing scrolled (the progress store loads when the browser is idle)',
			`up to ${kb(weights.get(settled).settled)} (${settled})`,
		);
		const islands = sample.modules.filter(
			(path) => weights.get(path).all > weights.get(path).settled,
		);
		const all = worst(islands.length ? islands : sample.modules, (w) => w.all);
		budget(
			'course: module page JS with its islands live (scrolled to the end) ≤ 85 KB gzip',
			weights.get(all).all <= BUDGET.moduleIslandJsGzip,
			`${kb(weights.get(all).all)} (${all})`,
		);
	}
	if (sample.roleplays.length > 0) {
		const framework = sample.roleplays.filter((path) => weights.get(path).frameworkOnLoad);
		const onLoad = worst(sample.roleplays, (w) => w.onLoad);
		budget(
			'course: role-play page JS by the load event ≤ 5 KB gzip, no framework',
			weights.get(onLoad).onLoad <= BUDGET.roleplayFirstViewJsGzip && framework.length === 0,
			`${kb(weights.get(onLoad).onLoad)}${framework.length ? `, framework on ${framework.join(', ')}` : ''}`,
		);
		const all = worst(sample.roleplays, (w) => w.all);
		budget(
			'course: role-play page JS with the island live ≤ 95 KB gzip',
			weights.get(all).all <= BUDGET.roleplayIslandJsGzip,
			`${kb(weights.get(all).all)} (${all})`,
		);
	}
}

// 1. The course as it is (skipped with --synthetic-only, to time builds alone).
if (!values['synthetic-only']) {
	const courseOut = mkdtempSync(join(tmpdir(), 'bzw-bench-site-'));
	console.log('\nbeziehungsweise: the course (content/)');
	const courseBuild = buildOnce(root, courseOut);
	console.log(
		`  build: ${(courseBuild.ms / 1000).toFixed(1)} s wall, peak memory ${courseBuild.maxRssMb} MB\n`,
	);
	const course = measureSite(courseOut);
	printTable(course);
	console.log();
	checkPageBudgets(course, 'course', courseOut);
	await browserBudgets(course, courseOut);
	await searchBench(courseOut, { label: 'course', synthetic: false, budget });
	rmSync(courseOut, { recursive: true, force: true });
}

// 2. A synthetic course against the minimal baseline.
if (values.synthetic) {
	const count = Number(values.synthetic);
	const runs = Math.max(1, Number(values.runs));
	const work = mkdtempSync(join(tmpdir(), 'bzw-bench-synthetic-'));
	const small = join(work, 'content-10');
	const large = join(work, `content-${count}`);
	writeSyntheticCourse(small, 10);
	writeSyntheticCourse(large, count);
	console.log(
		`\nsynthetic course: ${count} modules of about 1,200 words, ${runs} run(s) each, median reported`,
	);

	const learnerRoot = learnerSiteCopy(work);
	const ours = [];
	const learner = [];
	const baseline = [];
	const starlight = [];
	for (let run = 0; run < runs; run++) {
		// Alternate the builds so drift on a shared machine hits all alike.
		ours.push(buildOnce(root, join(work, 'out-ours'), large));
		baseline.push(
			buildOnce(join(import.meta.dirname, 'baseline'), join(work, 'out-baseline'), large),
		);
		learner.push(buildOnce(learnerRoot, join(work, 'out-learner'), large));
		starlight.push(
			buildOnce(join(import.meta.dirname, 'starlight'), join(work, 'out-starlight'), large),
		);
	}
	const msOf = (runs) => median(runs.map((r) => r.ms));
	// The ratio of each run's builds, made back to back, then the median: steadier than a ratio of
	// medians when the machine's speed drifts between runs.
	const ratioOf = (runs, against = baseline) => median(runs.map((r, i) => r.ms / against[i].ms));
	console.log(
		`  baseline (Astro + MDX, one page per module): ${(msOf(baseline) / 1000).toFixed(1)} s, peak memory ${median(baseline.map((r) => r.maxRssMb))} MB`,
	);
	const line = (label, runs) => {
		const ratio = ratioOf(runs);
		const each = runs.map((r, i) => (r.ms / baseline[i].ms).toFixed(2)).join(', ');
		console.log(
			`  ${label}: ${(msOf(runs) / 1000).toFixed(1)} s, peak memory ${median(runs.map((r) => r.maxRssMb))} MB, ${ratio.toFixed(2)}x the baseline (runs: ${each})`,
		);
		return ratio;
	};
	console.log(
		`  Starlight (defaults: sidebar of every page, Pagefind): ${(msOf(starlight) / 1000).toFixed(1)} s, peak memory ${median(starlight.map((r) => r.maxRssMb))} MB`,
	);
	const learnerRatio = line('beziehungsweise without the slide pages', learner);
	const wholeRatio = line('beziehungsweise, whole site (two slide pages per module)', ours);
	const starlightRatio = ratioOf(ours, starlight);
	console.log(
		`  beziehungsweise, whole site: ${starlightRatio.toFixed(2)}x Starlight (runs: ${ours.map((r, i) => (r.ms / starlight[i].ms).toFixed(2)).join(', ')})`,
	);
	console.log();

	const largeSite = measureSite(join(work, 'out-ours'));
	printTable(largeSite);
	console.log();
	checkPageBudgets(largeSite, `synthetic ${count}`, join(work, 'out-ours'), true);
	budget(
		`synthetic ${count}: learner site (no slide pages) build ≤ 1.3x the Astro + MDX baseline`,
		learnerRatio <= BUDGET.buildRatio,
		`${learnerRatio.toFixed(2)}x`,
	);
	budget(
		`synthetic ${count}: whole site build ≤ 0.7x Starlight`,
		starlightRatio <= BUDGET.starlightRatio,
		`${starlightRatio.toFixed(2)}x`,
	);
	info(
		`synthetic ${count}: whole site against the Astro + MDX baseline`,
		`${wholeRatio.toFixed(2)}x`,
	);

	buildOnce(root, join(work, 'out-small'), small);
	const smallSite = measureSite(join(work, 'out-small'));
	const medianModuleHtml = (site) => median(site.get('module').map((p) => p.html.gzip));
	const growth = medianModuleHtml(largeSite) / medianModuleHtml(smallSite) - 1;
	budget(
		'module HTML does not grow with the number of modules',
		growth <= BUDGET.htmlGrowth,
		`median ${kb(medianModuleHtml(smallSite))} at 10 modules, ${kb(medianModuleHtml(largeSite))} at ${count} (${(growth * 100).toFixed(1)} %)`,
	);
	await searchBench(join(work, 'out-ours'), {
		label: `synthetic ${count}`,
		synthetic: true,
		budget,
	});
	rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\nbudgets: ${results.length - failed} pass, ${failed} fail`);
