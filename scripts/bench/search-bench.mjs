// The search part of the bench, run on a built site: our lunr index against Pagefind indexing the
// same build. For each: index size, the bytes a browser fetches from opening search until the first
// result shows with its title and snippet, and query time in Node (warm, over many queries).
//
// Bytes to first result (per query, each from nothing fetched; the median over the queries)
//   ours:     the JavaScript the search dialog imports on first opening, following its imports, static
//             and dynamic (gzip); /suche/index.json (gzip); every term file /suche/begriffe/<key>.json
//             the query fetches, found by running the searcher's own loading (the files of its words'
//             first letters, and all of them for a typo that may be in a first letter) (gzip each);
//             and the text chunk with the first result's snippet (gzip);
//   Pagefind: pagefind.js and pagefind-worker.js (gzip; in a browser Pagefind searches in that
//             worker, as a Chromium run of this setup showed), then what it fetches for
//             `search(query)` and the first result's `data()` (entry JSON gzip; its .pf_* and wasm
//             files are compressed already, counted as they are). Its search runs here in Node,
//             on the main thread, through a fetch that reads the files and counts them.
// Index size, ours: the index file and all term files (gzip per file, as they are served).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGET = { ratioToPagefind: 0.25, medianMs: 2, p95Ms: 5, indexGzip: 400 * KB };
const root = join(import.meta.dirname, '../..');
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(2)} ms`;
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];

/** What learners type in the course, each also as the prefixes seen while typing it. */
const COURSE_QUERIES = [
	'Vertrauen',
	'Nachfolge',
	'Geschenke',
	'Kundenbewertung',
	'Kunden bewerten',
	'Beziehungsqualität',
	'beziehungsqualitaet',
	'Compliance',
	'Korruption',
	'Sympathie',
	'Anerkennung',
	'Intensitaet',
	'Kompetenz',
	'Aktionsplan',
	'Fruehwarnsystem',
	'Überalterung',
	'Entscheidungsnetze',
	'Key Account',
	'Beziehungsnetz',
	'Führungskräfte',
	'Strategie',
	'Wertschöpfung steigern',
	'Kundenbindung',
	'Seilschaft',
	'Vetrauen',
	'Kompetnz',
	'Gremien beim Kunden',
	'persönliche Ziele',
	'Massnahme',
	'Geschenkrichtlinie',
];

/** Every query, and its prefixes from two letters on, as a learner typing it produces them. */
function typed(queries) {
	return queries.flatMap((query) =>
		Array.from({ length: query.length - 1 }, (_, i) => query.slice(0, i + 2)),
	);
}

/**
 * Queries for the synthetic course, from its own words (each appears in almost every section, so
 * every query matches thousands of documents): single words while typed, one typo, word pairs.
 */
function syntheticQueries(dist) {
	const chunk = JSON.parse(readFileSync(join(dist, 'suche/texte/1.json'), 'utf8'));
	const words = [
		...new Set(
			chunk.texts
				.join(' ')
				.split(/[^\p{L}]+/u)
				.filter((word) => word.length > 3),
		),
	]
		.sort()
		.slice(0, 40);
	const typos = words
		.filter((word) => word.length >= 5)
		.map((word) => `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`);
	const pairs = words.map((word, i) => `${word} ${words[(i * 7 + 3) % words.length]}`);
	return [...typed(words), ...typos, ...pairs];
}

function timeQueries(run, queries, rounds = 5) {
	for (const query of queries) run(query); // warm up: JIT, caches
	const times = [];
	for (let round = 0; round < rounds; round++)
		for (const query of queries) {
			const started = performance.now();
			run(query);
			times.push(performance.now() - started);
		}
	times.sort((a, b) => a - b);
	return { median: quantile(times, 0.5), p95: quantile(times, 0.95), count: times.length };
}

async function timeQueriesAsync(run, queries, rounds = 5) {
	for (const query of queries) await run(query);
	const times = [];
	for (let round = 0; round < rounds; round++)
		for (const query of queries) {
			const started = performance.now();
			await run(query);
			times.push(performance.now() - started);
		}
	times.sort((a, b) => a - b);
	return { median: quantile(times, 0.5), p95: quantile(times, 0.95), count: times.length };
}

/** Scripts a page loads, following static imports; `dynamic` collects what they import on demand. */
function collectScripts(dist, file, seen, dynamic) {
	if (seen.has(file)) return;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	for (const match of code.matchAll(
		/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
	))
		collectScripts(dist, join(dirname(file), match[1]), seen, dynamic);
	for (const match of code.matchAll(/import\(\s*[`"']([^`"']+\.js)[`"']\s*\)/g))
		dynamic.add(join(dirname(file), match[1]));
}

/**
 * The JavaScript the search dialog loads when it first opens (gzip, all files together): what the
 * page's scripts import on demand, with everything that imports in turn, on demand or not (counted
 * whether or not a query needs it).
 */
function searchCodeBytes(dist) {
	const html = readFileSync(join(dist, 'index.html'), 'utf8');
	const pageScripts = new Set();
	const dynamic = new Set();
	for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
		collectScripts(dist, join(dist, match[1]), pageScripts, dynamic);
	const lazy = new Set();
	for (const file of dynamic) collectScripts(dist, file, lazy, dynamic); // `dynamic` grows while iterated
	for (const file of pageScripts) lazy.delete(file); // already on the page
	return {
		files: lazy.size,
		gzip: gzip(Buffer.concat([...lazy].map((file) => readFileSync(file)))),
	};
}

async function measureOurs(dist, queries, firstResultQueries) {
	const { Searcher, loadTermsFor } = await import(
		pathToFileURL(join(root, 'src/lib/search/searcher.ts')).href
	);
	const read = (path) => readFileSync(join(dist, 'suche', path));
	const indexRaw = read('index.json');
	const indexFile = JSON.parse(indexRaw.toString('utf8'));
	const termFiles = new Map(
		indexFile.index.termFiles.map((key) => [key, read(`begriffe/${key}.json`)]),
	);
	const textFiles = readdirSync(join(dist, 'suche/texte')).map((name) => read(`texte/${name}`));
	const loadStarted = performance.now();
	const searcher = new Searcher(JSON.parse(indexRaw.toString('utf8')));
	for (const [key, raw] of termFiles) searcher.addTermFile(JSON.parse(raw.toString('utf8')), key);
	const loadMs = performance.now() - loadStarted;
	const code = searchCodeBytes(dist);
	const firstResult = [];
	const whileTyping = [];
	for (const query of firstResultQueries) {
		// A fresh searcher per query, so each starts from nothing fetched, as on first opening.
		const fresh = new Searcher(JSON.parse(indexRaw.toString('utf8')));
		const fetched = [];
		await loadTermsFor(fresh, query, async (key) => {
			fetched.push(key);
			return JSON.parse(termFiles.get(key).toString('utf8'));
		});
		const hit = fresh.search(query, 1).hits[0];
		const parts = {
			code: code.gzip,
			index: gzip(indexRaw),
			terms: fetched.reduce((sum, key) => sum + gzip(termFiles.get(key)), 0),
			termFiles: fetched.length,
			text: hit ? gzip(read(`texte/${fresh.textLocation(hit.ref).chunk}.json`)) : 0,
		};
		firstResult.push({
			query,
			...parts,
			total: parts.code + parts.index + parts.terms + parts.text,
		});

		// The same query typed letter by letter, as the search box does it: a search on every keystroke
		// without first-letter typos, then one with them when typing pauses at the end. All it fetches
		// on the way: term files, and the text chunk of each search's first result.
		const typing = new Searcher(JSON.parse(indexRaw.toString('utf8')));
		const keys = new Set();
		const chunks = new Set();
		const searches = [
			...Array.from({ length: query.length }, (_, i) => [
				query.slice(0, i + 1),
				{ firstLetterTypos: false },
			]),
			[query, {}],
		];
		for (const [typed, options] of searches) {
			await loadTermsFor(
				typing,
				typed,
				async (key) => {
					keys.add(key);
					return JSON.parse(termFiles.get(key).toString('utf8'));
				},
				options,
			);
			const first = typing.search(typed, 1, options).hits[0];
			if (first) chunks.add(typing.textLocation(first.ref).chunk);
		}
		whileTyping.push(
			parts.code +
				parts.index +
				[...keys].reduce((sum, key) => sum + gzip(termFiles.get(key)), 0) +
				[...chunks].reduce((sum, chunk) => sum + gzip(read(`texte/${chunk}.json`)), 0),
		);
	}
	const sizes = [indexRaw, ...termFiles.values()];
	return {
		index: {
			raw: sizes.reduce((sum, f) => sum + f.length, 0),
			gzip: sizes.reduce((sum, f) => sum + gzip(f), 0),
			files: sizes.length,
		},
		texts: {
			files: textFiles.length,
			raw: textFiles.reduce((sum, f) => sum + f.length, 0),
			gzip: textFiles.reduce((sum, f) => sum + gzip(f), 0),
		},
		code,
		loadMs,
		firstResult: quantile(
			[...firstResult].sort((a, b) => a.total - b.total),
			0.5,
		),
		whileTyping: {
			median: quantile(
				[...whileTyping].sort((a, b) => a - b),
				0.5,
			),
			max: Math.max(...whileTyping),
		},
		time: timeQueries((query) => searcher.search(query), queries),
	};
}

let pagefindRuns = 0;

async function measurePagefind(dist, queries, firstResultQueries) {
	const pagefind = await import('pagefind');
	const work = mkdtempSync(join(tmpdir(), 'bzw-bench-pagefind-'));
	const out = join(work, 'pagefind');
	const indexingStarted = performance.now();
	const { index } = await pagefind.createIndex({});
	await index.addDirectory({ path: dist });
	await index.writeFiles({ outputPath: out });
	await pagefind.close();
	const indexingMs = performance.now() - indexingStarted;
	const sizeOf = (folder) =>
		readdirSync(join(out, folder)).reduce(
			(sum, name) => sum + statSync(join(out, folder, name)).size,
			0,
		);
	const meta = readdirSync(out)
		.filter((name) => name.endsWith('.pf_meta'))
		.reduce((sum, name) => sum + statSync(join(out, name)).size, 0);

	// Pagefind fetches its files; here they come from disk, counted as a browser would receive them.
	const fetched = [];
	const realFetch = globalThis.fetch;
	globalThis.fetch = async (input) => {
		const file = fileURLToPath(new URL(String(input)));
		const body = readFileSync(file);
		fetched.push(file.endsWith('.json') || file.endsWith('.js') ? gzip(body) : body.length);
		return new Response(body);
	};
	try {
		const api = await import(
			`${pathToFileURL(join(out, 'pagefind.js')).href}?run=${++pagefindRuns}`
		);
		const apiBytes =
			gzip(readFileSync(join(out, 'pagefind.js'))) +
			gzip(readFileSync(join(out, 'pagefind-worker.js')));
		const firstResult = [];
		for (const query of firstResultQueries) {
			// A fresh instance per query, so each starts from nothing fetched, as on first opening.
			const fresh = await import(
				`${pathToFileURL(join(out, 'pagefind.js')).href}?run=${++pagefindRuns}`
			);
			fetched.length = 0;
			const { results } = await fresh.search(query);
			if (results[0]) await results[0].data();
			firstResult.push(apiBytes + fetched.reduce((sum, bytes) => sum + bytes, 0));
			await fresh.destroy();
		}
		const time = await timeQueriesAsync((query) => api.search(query), queries);
		await api.destroy();
		return {
			index: { raw: sizeOf('index') + meta },
			fragments: { files: readdirSync(join(out, 'fragment')).length, raw: sizeOf('fragment') },
			wasm: readdirSync(out)
				.filter((name) => name.startsWith('wasm.'))
				.reduce((max, name) => Math.max(max, statSync(join(out, name)).size), 0),
			indexingMs,
			firstResult: quantile(
				[...firstResult].sort((a, b) => a - b),
				0.5,
			),
			time,
		};
	} finally {
		globalThis.fetch = realFetch;
		rmSync(work, { recursive: true, force: true });
	}
}

/**
 * Prints the search figures for a built site and checks the budgets that apply to it: on the course,
 * bytes to first result against Pagefind's; on the synthetic course, query time and index size.
 */
export async function searchBench(dist, { label, synthetic, budget }) {
	const queries = synthetic ? syntheticQueries(dist) : typed(COURSE_QUERIES);
	const firstResultQueries = synthetic
		? queries.filter((query) => !query.includes(' ')).slice(-10)
		: COURSE_QUERIES;
	const ours = await measureOurs(dist, queries, firstResultQueries);
	const pagefind = await measurePagefind(dist, queries, firstResultQueries);

	console.log(
		`\n  search (${label}): ${queries.length} queries × 5 rounds, warm, in Node; bytes to first result: median over ${firstResultQueries.length} queries`,
	);
	const first = ours.firstResult;
	console.log(
		`    lunr (ours): index ${kb(ours.index.raw)} raw / ${kb(ours.index.gzip)} gzip (${ours.index.files} files); snippet texts ${ours.texts.files} chunks, ${kb(ours.texts.raw)} raw / ${kb(ours.texts.gzip)} gzip; search code ${kb(ours.code.gzip)} gzip (${ours.code.files} files)`,
	);
	console.log(
		`                 bytes to first result ${kb(first.total)} ("${first.query}": code ${kb(first.code)} + index file ${kb(first.index)} + ${first.termFiles} term files ${kb(first.terms)} + text ${kb(first.text)}); index load ${ms(ours.loadMs)}; query median ${ms(ours.time.median)}, p95 ${ms(ours.time.p95)}`,
	);
	console.log(
		`                 typing each query letter by letter fetches ${kb(ours.whileTyping.median)} in all (median; at most ${kb(ours.whileTyping.max)})`,
	);
	console.log(
		`    Pagefind:    index ${kb(pagefind.index.raw)} (chunks + meta, compressed), fragments ${pagefind.fragments.files} files / ${kb(pagefind.fragments.raw)}, wasm ${kb(pagefind.wasm)}; indexing ${ms(pagefind.indexingMs)}`,
	);
	console.log(
		`                 bytes to first result ${kb(pagefind.firstResult)}; query median ${ms(pagefind.time.median)}, p95 ${ms(pagefind.time.p95)}`,
	);

	if (!synthetic) {
		const ratio = ours.firstResult.total / pagefind.firstResult;
		budget(
			`${label}: search bytes to first result ≤ 1/4 of Pagefind's`,
			ratio <= BUDGET.ratioToPagefind,
			`${kb(ours.firstResult.total)} vs ${kb(pagefind.firstResult)} (${(ratio * 100).toFixed(0)} %)`,
		);
	} else {
		budget(
			`${label}: search query median < 2 ms (Node)`,
			ours.time.median < BUDGET.medianMs,
			ms(ours.time.median),
		);
		budget(
			`${label}: search query p95 < 5 ms (Node)`,
			ours.time.p95 < BUDGET.p95Ms,
			ms(ours.time.p95),
		);
		budget(
			`${label}: search index ≤ 400 KB gzip`,
			ours.index.gzip <= BUDGET.indexGzip,
			kb(ours.index.gzip),
		);
	}
}
