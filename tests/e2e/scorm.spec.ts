import { expect, test, type Frame, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { join } from 'node:path';
import { emptyState } from '../../src/lib/progress/state';
import type { ModuleMeta } from '../../src/lib/progress/completion';
import { encodeSuspendData, type SuspendIndex } from '../../src/lib/scorm/suspend-data';
import { answerShownByKeyboard, passQuizByKeyboard, quizData } from './helpers/quiz';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * The SCORM packages of the build, run in the browser with scorm-again as the LMS: a test page
 * (served under /__lms__/ by route interception, same origin as the site) creates the API and
 * frames the package's launch page, exactly as an LMS does. Every call the package makes to the
 * API is logged, so the tests assert what the LMS received.
 */

const root = join(import.meta.dirname, '../..');
const PATH = 'grundlagen';
const LAUNCH = `lms/${PATH}/index.html`;
const MIME: Record<string, string> = {
	html: 'text/html',
	js: 'text/javascript',
	css: 'text/css',
	json: 'application/json',
	svg: 'image/svg+xml',
	xml: 'application/xml',
};

type Version = '1.2' | '2004';
const packageFiles = (version: Version) =>
	unzipSync(
		readFileSync(
			join(
				root,
				'dist/scorm',
				`beziehungsweise-${PATH}-scorm${version === '1.2' ? '12' : '2004'}.zip`,
			),
		),
	);

/**
 * What a conformance tool looks for first: every schema the manifest names in xsi:schemaLocation
 * lies at the package root, and so does every schema those import or include.
 */
function missingSchemas(files: Record<string, Uint8Array>): string[] {
	const text = (path: string) => new TextDecoder().decode(files[path]);
	const manifest = text('imsmanifest.xml');
	const locations = /xsi:schemaLocation="([^"]+)"/.exec(manifest)![1]!.trim().split(/\s+/);
	const wanted = locations.filter((_, i) => i % 2 === 1);
	const missing: string[] = [];
	const seen = new Set<string>();
	while (wanted.length > 0) {
		const path = wanted.pop()!;
		if (seen.has(path)) continue;
		seen.add(path);
		if (!(path in files)) {
			missing.push(path);
			continue;
		}
		if (!path.endsWith('.xsd')) continue;
		const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
		const schema = text(path).replace(/<!--[\s\S]*?-->/g, '');
		for (const [, target] of schema.matchAll(
			/<xsd?:(?:import|include)\b[^>]*?schemaLocation\s*=\s*"([^"]+)"/g,
		))
			if (!/^[a-z]+:/i.test(target!))
				wanted.push(new URL(target!, `file:///${dir}`).pathname.slice(1));
	}
	return missing;
}

test('a path’s package holds its path: its modules, their checks and the role-plays that practise them', () => {
	const pathId = 'technik-innendienst';
	const files = Object.keys(
		unzipSync(readFileSync(join(root, 'dist/scorm', `beziehungsweise-${pathId}-scorm12.zip`))),
	);
	const content = (kind: string, id: string) =>
		parseYaml(readFileSync(join(root, 'content', kind, `${id}.yaml`), 'utf8'));
	const modules: string[] = content('paths', pathId).modules;
	const folders = (prefix: string) =>
		[
			...new Set(
				files
					// The folders below `prefix` (its own index.html is the list page).
					.filter((f) => f.startsWith(prefix) && f.split('/').length > 2)
					.map((f) => f.split('/')[1]),
			),
		].sort();
	expect(folders('pfade/')).toEqual([pathId]);
	expect(
		files
			.filter((f) => /^pfade\/[^/]+\/[^/]+\/index\.html$/.test(f))
			.map((f) => f.split('/')[2])
			.sort(),
	).toEqual([...modules].sort());
	expect(files).toContain(`pfade/${pathId}/test/abschlusstest/index.html`);
	const roleplays = readdirSync(join(root, 'content/roleplays'))
		.map((f) => f.replace(/\.yaml$/, ''))
		.filter((id) =>
			(content('roleplays', id).modules as string[]).some((m) => modules.includes(m)),
		);
	// The path has fewer modules than the course, so the package really is a cut of it.
	expect(modules.length).toBeLessThan(readdirSync(join(root, 'content/modules')).length);
	expect(folders('rollenspiele/')).toEqual(roleplays.sort());
	const checks = files
		.filter((f) => /^wissenscheck\/[^/]+\.json$/.test(f))
		.map((f) => f.slice(13, -5));
	expect(checks.every((id) => modules.includes(id))).toBe(true);
});

test.describe('SCORM packages carry their schemas', () => {
	for (const version of ['1.2', '2004'] as const)
		test(`SCORM ${version}: every schema the manifest needs lies at the package root`, () => {
			const files = packageFiles(version);
			expect(missingSchemas(files)).toEqual([]);
			expect(Object.keys(files)).toContain(
				version === '1.2' ? 'imscp_rootv1p1p2.xsd' : 'imsss_v1p0.xsd',
			);
		});
});

function harness(version: Version, initial: object | null): string {
	const constructor = version === '1.2' ? 'Scorm12API' : 'Scorm2004API';
	const global = version === '1.2' ? 'API' : 'API_1484_11';
	const logged =
		version === '1.2'
			? ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish']
			: ['Initialize', 'SetValue', 'Commit', 'Terminate'];
	return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Test-LMS</title>
<script src="scorm-again.js"></script>
<script>
	window.lmsLog = [];
	const api = new ${constructor}({ logLevel: 5 });
	const initial = ${JSON.stringify(initial)};
	if (initial) api.loadFromJSON(initial);
	for (const name of ${JSON.stringify(logged)}) {
		const original = api[name].bind(api);
		api[name] = (...args) => { const result = original(...args); window.lmsLog.push({ call: name, args, result: String(result) }); return result; };
	}
	window.${global} = api;
</script></head>
<body><main><h1>Test-LMS</h1><iframe id="sco" title="Lernpaket" src="pkg/${LAUNCH}" style="width:100%;height:85vh;border:0"></iframe></main></body></html>`;
}

/** Serves the test LMS and the unpacked package under /__lms__/, then opens it. */
async function launch(page: Page, version: Version, initial: object | null = null) {
	const files = packageFiles(version);
	const api = readFileSync(
		join(root, `node_modules/scorm-again/dist/scorm${version === '1.2' ? '12' : '2004'}.min.js`),
	);
	await page.route('**/__lms__/**', (route) => {
		const path = decodeURIComponent(
			new URL(route.request().url()).pathname.replace(/^\/__lms__\//, ''),
		);
		if (path === 'index.html')
			return route.fulfill({ contentType: 'text/html', body: harness(version, initial) });
		if (path === 'scorm-again.js')
			return route.fulfill({ contentType: 'text/javascript', body: api });
		const file = files[path.replace(/^pkg\//, '')];
		if (!file) return route.fulfill({ status: 404, body: 'not in the package' });
		return route.fulfill({
			contentType: MIME[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
			body: Buffer.from(file),
		});
	});
	await page.goto('/__lms__/index.html');
}

/** The frame of the package's content (inside the runner, inside the LMS page) once it shows `pathEnd`. */
async function contentFrame(page: Page, pathEnd: RegExp): Promise<Frame> {
	await expect
		.poll(
			() =>
				page
					.frames()
					.find((f) => pathEnd.test(new URL(f.url()).pathname))
					?.url() ?? '',
		)
		.toMatch(pathEnd);
	return page.frames().find((f) => pathEnd.test(new URL(f.url()).pathname))!;
}

interface Received {
	values: Record<string, string>;
	commits: number;
	finished: boolean;
	initialized: boolean;
}

/** The last committed value of every element, as the LMS holds it. */
async function received(page: Page): Promise<Received> {
	const log =
		(await page.evaluate(
			() =>
				(window as unknown as { lmsLog: { call: string; args: string[]; result: string }[] })
					.lmsLog,
		)) ?? [];
	const values: Record<string, string> = {};
	const pending: Record<string, string> = {};
	let commits = 0;
	for (const entry of log) {
		if (/SetValue/.test(entry.call) && entry.result === 'true')
			pending[entry.args[0]!] = entry.args[1]!;
		if (/Commit|Finish|Terminate/.test(entry.call) && entry.result === 'true') {
			Object.assign(values, pending);
			if (/Commit/.test(entry.call)) commits++;
		}
	}
	return {
		values,
		commits,
		finished: log.some((e) => /Finish|Terminate/.test(e.call) && e.result === 'true'),
		initialized: log.some((e) => /Initialize/.test(e.call) && e.result === 'true'),
	};
}

/** Every call the LMS refused (result "false"), e.g. a SetValue of a value the data model does not take. */
async function refusedCalls(page: Page): Promise<string[]> {
	const log =
		(await page.evaluate(
			() =>
				(window as unknown as { lmsLog: { call: string; args: string[]; result: string }[] })
					.lmsLog,
		)) ?? [];
	return log
		.filter((entry) => entry.result !== 'true')
		.map((entry) => `${entry.call}(${entry.args.map((a) => JSON.stringify(a)).join(', ')})`);
}

const exitLms = (page: Page) => page.evaluate(() => document.getElementById('sco')!.remove());

async function completeModule(frame: Frame, moduleId: string) {
	await frame.getByRole('button', { name: 'Alle Abschnitte als gelesen markieren' }).click();
	await passQuizByKeyboard(frame, moduleId);
	await expect(frame.locator('[data-module-status]')).toContainText('Abgeschlossen');
}

function runnerConfig(version: Version): { modules: ModuleMeta[]; index: SuspendIndex } {
	const html = Buffer.from(packageFiles(version)[LAUNCH]!).toString('utf8');
	const unescape = (text: string) =>
		text
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	const attribute = (name: string) =>
		JSON.parse(unescape(new RegExp(`\\s${name}="([^"]*)"`).exec(html)![1]!));
	return { modules: attribute('data-modules'), index: attribute('data-suspend-index') };
}

test.describe('SCORM 1.2 package with scorm-again as the LMS', () => {
	test('reports status, score and suspend data, commits on exit, and resumes where the learner left off', async ({
		page,
		context,
	}) => {
		await launch(page, '1.2');
		const start = await contentFrame(page, /\/pfade\/grundlagen\/index\.html$/);
		await expect(start.getByRole('heading', { level: 1 })).toHaveText(
			'Grundlagen des Beziehungsmanagements',
		);
		await expect
			.poll(async () => (await received(page)).values['cmi.core.lesson_status'])
			.toBe('incomplete');

		await start.getByRole('link', { name: 'Lernpfad beginnen' }).click();
		const module = await contentFrame(page, /\/pfade\/grundlagen\/bedeutung\/index\.html$/);
		await completeModule(module, 'bedeutung');
		await expect
			.poll(
				async () =>
					JSON.parse((await received(page)).values['cmi.suspend_data'] ?? '{}').q?.bedeutung
						?.length ?? 0,
			)
			.toBe(1);
		const during = await received(page);
		// The path's score is its final test's: none before the first attempt.
		expect(during.values).toMatchObject({
			'cmi.core.lesson_status': 'incomplete',
			'cmi.core.lesson_location': 'pfade/grundlagen/bedeutung/index.html',
		});
		expect(during.values['cmi.core.score.raw']).toBeUndefined();
		const suspendData = during.values['cmi.suspend_data']!;
		expect(suspendData.length).toBeLessThan(4096);
		const kept = JSON.parse(suspendData);
		expect(kept.m.bedeutung).toHaveLength(5); // visits, when and which sections were read, and "marked as read"
		// … with the answers and the attempt's number, which seeded its draw.
		expect(kept.q.bedeutung).toEqual([
			[
				expect.any(String),
				expect.any(Number),
				expect.any(Number),
				expect.any(Number),
				expect.any(Number),
				100,
				1,
				expect.any(Array),
				1,
			],
		]);
		// The answers to the questions drawn, in the order of the pool; the others are null.
		const answers = kept.q.bedeutung[0][7] as unknown[];
		expect(answers.filter((answer) => answer !== null)).toHaveLength(6);

		await exitLms(page);
		await expect.poll(async () => (await received(page)).finished).toBe(true);
		const final = await received(page);
		expect(final.values['cmi.core.session_time']).toMatch(/^\d{2,4}:\d\d:\d\d\.\d\d$/);
		expect(final.values['cmi.core.exit']).toBe('suspend');
		// Inside the LMS, progress lives in the LMS, not in the LMS site's shared localStorage.
		expect(await page.evaluate(() => localStorage.getItem('bzw:progress'))).toBeNull();

		// Relaunch with what the LMS kept: the learner is back on the module, with its result.
		const again = await context.newPage();
		await launch(again, '1.2', {
			core: {
				lesson_status: 'incomplete',
				lesson_location: final.values['cmi.core.lesson_location'],
				entry: 'resume',
			},
			suspend_data: final.values['cmi.suspend_data'],
		});
		const resumed = await contentFrame(again, /\/pfade\/grundlagen\/bedeutung\/index\.html$/);
		await expect(resumed.locator('[data-module-status]')).toContainText('Abgeschlossen');
		await resumed.locator('[data-quiz="bedeutung"]').scrollIntoViewIfNeeded();
		await expect(resumed.getByText(/Bisher 1 Versuch\(e\), bestes Ergebnis 100 %/)).toBeVisible();
	});

	test('reports "passed" once every module is complete and the final test passed, with its score', async ({
		page,
	}) => {
		const { modules, index } = runnerConfig('1.2');
		const at = '2026-11-20T10:00:00.000Z';
		const state = emptyState(at);
		const [last, ...others] = [...modules].reverse();
		for (const meta of others) {
			state.modules[meta.id] = {
				firstVisitedAt: at,
				lastVisitedAt: at,
				sectionsRead: Object.fromEntries(meta.sections.map((s) => [s, at])),
			};
			state.quizAttempts[meta.quizId!] = [
				{
					id: `${meta.id.slice(0, 6)}01`,
					startedAt: at,
					finishedAt: at,
					answers: {},
					drawn: [],
					correct: 8,
					total: 10,
					score: 80,
					passed: true,
				},
			];
		}
		const suspend = encodeSuspendData(state, index).text;
		await launch(page, '1.2', {
			core: {
				lesson_status: 'incomplete',
				lesson_location: `pfade/grundlagen/${last!.id}/index.html`,
				entry: 'resume',
			},
			suspend_data: suspend,
		});
		const frame = await contentFrame(
			page,
			new RegExp(`/pfade/grundlagen/${last!.id}/index\\.html$`),
		);
		await completeModule(frame, last!.quizId!);
		// Every module is complete: the path is not passed before its final test.
		await expect
			.poll(
				async () =>
					JSON.parse((await received(page)).values['cmi.suspend_data'] ?? '{}').q?.[last!.quizId!]
						?.length ?? 0,
			)
			.toBe(1);
		expect((await received(page)).values['cmi.core.lesson_status']).toBe('incomplete');
		await frame.goto(
			frame.url().replace(/pfade\/.*$/, `pfade/${PATH}/test/abschlusstest/index.html`),
		);
		const scope = frame.locator('[data-mount="path-test"]');
		const pool = await quizData(frame, PATH, `/wissenscheck/pfad/${PATH}.json`);
		const count = await answerShownByKeyboard(scope, pool, 1);
		const score = Math.round(((count - 1) / count) * 100);
		await expect(scope.getByRole('region', { name: 'Ihr Ergebnis' })).toContainText(`(${score} %)`);
		await expect
			.poll(async () => (await received(page)).values['cmi.core.lesson_status'])
			.toBe('passed');
		expect((await received(page)).values['cmi.core.score.raw']).toBe(String(score));
		await frame.goto(frame.url().replace(/pfade\/.*$/, `zertifikat/${PATH}/index.html`));
		await expect(frame.getByLabel('Ihr Name, wie er auf dem Zertifikat stehen soll')).toBeVisible();
	});
});

test('SCORM 2004 package: completion, success, score, progress and session time', async ({
	page,
}) => {
	await launch(page, '2004');
	const start = await contentFrame(page, /\/pfade\/grundlagen\/index\.html$/);
	// A fresh attempt: the runner reports before its first page is known, without a location
	// (scorm-again refuses an empty cmi.location with 406), so the learner sees no complaint.
	await expect
		.poll(async () => (await received(page)).values['cmi.location'])
		.toBe('pfade/grundlagen/index.html');
	expect(await refusedCalls(page)).toEqual([]);
	await expect(page.frameLocator('#sco').getByRole('alert')).toBeEmpty();
	await start.getByRole('link', { name: 'Lernpfad beginnen' }).click();
	const module = await contentFrame(page, /\/pfade\/grundlagen\/bedeutung\/index\.html$/);
	await completeModule(module, 'bedeutung');
	// One of eight modules and the final test still to do: 1 of 9 steps; no score before the final test.
	await expect.poll(async () => (await received(page)).values['cmi.progress_measure']).toBe('0.11');
	expect((await received(page)).values['cmi.score.raw']).toBeUndefined();
	expect((await received(page)).values).toMatchObject({
		'cmi.completion_status': 'incomplete',
		'cmi.success_status': 'unknown',
		'cmi.location': 'pfade/grundlagen/bedeutung/index.html',
	});
	await exitLms(page);
	await expect.poll(async () => (await received(page)).finished).toBe(true);
	const final = await received(page);
	expect(final.values['cmi.session_time']).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
	expect(final.values['cmi.exit']).toBe('suspend');
	expect(JSON.parse(final.values['cmi.suspend_data']!).q.bedeutung).toHaveLength(1);
	expect(await refusedCalls(page)).toEqual([]);
});

test('without an LMS the package shows a notice and the site keeps progress in the browser as usual', async ({
	page,
}) => {
	const files = packageFiles('1.2');
	await page.route('**/__lms__/**', (route) => {
		const path = decodeURIComponent(
			new URL(route.request().url()).pathname.replace(/^\/__lms__\/pkg\//, ''),
		);
		const file = files[path];
		return file
			? route.fulfill({
					contentType: MIME[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
					body: Buffer.from(file),
				})
			: route.fulfill({ status: 404 });
	});
	await page.goto(`/__lms__/pkg/${LAUNCH}`);
	await expect(page.getByRole('alert')).toHaveText(
		'Keine Lernplattform gefunden: Ihr Fortschritt wird nur in diesem Browser gespeichert.',
	);
	const start = await contentFrame(page, /\/pfade\/grundlagen\/index\.html$/);
	await start.getByRole('link', { name: 'Lernpfad beginnen' }).click();
	const module = await contentFrame(page, /\/pfade\/grundlagen\/bedeutung\/index\.html$/);
	await module.getByRole('button', { name: 'Alle Abschnitte als gelesen markieren' }).click();
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('bzw:progress') ?? ''))
		.toContain('"markedReadAt"');
	await expectNoAxeViolations(page);
});

test('inside the package, search works from a page deep in the package and leads to a page of the package', async ({
	page,
}) => {
	await launch(page, '1.2');
	const start = await contentFrame(page, /\/pfade\/grundlagen\/index\.html$/);
	await start.getByRole('link', { name: 'Lernpfad beginnen' }).click();
	const module = await contentFrame(page, /\/pfade\/grundlagen\/bedeutung\/index\.html$/);
	await module.getByRole('button', { name: 'Suche' }).click();
	await module.getByRole('dialog').getByRole('combobox', { name: 'Suchbegriff' }).fill('Vertrauen');
	const result = module.getByRole('dialog').getByRole('option', { name: 'Vertrauen', exact: true });
	await expect(result).toBeVisible();
	// The result's address stays inside the package and names a file, as an LMS serves files.
	expect(await result.getAttribute('href')).toMatch(
		/^\/__lms__\/pkg\/glossar\/index\.html#vertrauen$/,
	);
	await result.click();
	await contentFrame(page, /\/glossar\/index\.html(#vertrauen)?$/);
});

test('suspend data the package cannot read stays with the LMS, and a passed attempt stays passed', async ({
	page,
}) => {
	const kept = '{&quot;v&quot;:1,&quot;t&quot;:1}'; // as an LMS that escapes quotes hands it back
	await launch(page, '1.2', {
		core: { lesson_status: 'passed', entry: 'resume' },
		suspend_data: kept,
	});
	await contentFrame(page, /\/pfade\/grundlagen\/index\.html$/);
	await expect(page.frameLocator('#sco').getByRole('alert')).toContainText(
		'kann dieses Paket nicht lesen',
	);
	await exitLms(page);
	await expect.poll(async () => (await received(page)).finished).toBe(true);
	const { values } = await received(page);
	expect(values['cmi.suspend_data']).toBeUndefined();
	expect(values['cmi.core.lesson_status']).toBeUndefined();
	expect(values['cmi.core.exit']).toBe('suspend');
});
