import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Broken content must fail the real build with a message that names the file and the field.
 * Each case copies a small valid course, breaks one thing and runs `astro build` on it.
 */
const root = join(import.meta.dirname, '../../..');
const fixture = join(root, 'tests/fixtures/content-valid');
const workspace = mkdtempSync(join(tmpdir(), 'bzw-build-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

let caseNumber = 0;
function buildWith(breakContent: (dir: string) => void): { ok: boolean; output: string } {
	const dir = join(workspace, `case-${++caseNumber}`);
	cpSync(fixture, dir, { recursive: true });
	breakContent(dir);
	const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', join(dir, 'dist')], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: dir, NO_COLOR: '1', FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
	return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

function edit(file: string, change: (text: string) => string) {
	writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('building broken content', () => {
	it('builds the valid fixture (the control case)', () => {
		const { ok, output } = buildWith(() => {});
		expect(output).toContain('page(s) built');
		expect(ok).toBe(true);
	});

	it('fails on a schema error, naming file and field', () => {
		const { ok, output } = buildWith((dir) =>
			edit(join(dir, 'modules/erstes-modul.mdx'), (t) => t.replace(/^duration: .*\n/m, '')),
		);
		expect(ok).toBe(false);
		expect(output).toMatch(/modules\/erstes-modul\.mdx/);
		expect(output).toMatch(/duration.*Required|duration: /);
	});

	it('fails on a custom schema rule, with its German message', () => {
		const { ok, output } = buildWith((dir) =>
			edit(join(dir, 'assessments/selbsttest.yaml'), (t) =>
				t.replace('{ min: 3, max: 5, label: Hoch', '{ min: 4, max: 5, label: Hoch'),
			),
		);
		expect(ok).toBe(false);
		expect(output).toContain('assessments/selbsttest.yaml');
		expect(output).toContain('Lücke oder Überlappung: erwartet "min: 3".');
	});

	it('with a learning record store configured, the CSP allows exactly its origin', () => {
		let dir = '';
		const { ok } = buildWith((d) => {
			dir = d;
			edit(
				join(d, 'site.yaml'),
				(t) => `${t}lrs:\n  endpoint: "https://lrs.firma.example/xAPI/"\n`,
			);
		});
		expect(ok).toBe(true);
		const html = readFileSync(join(dir, 'dist/index.html'), 'utf8');
		expect(/connect-src ([^;]*);/.exec(html)?.[1]).toBe("'self' https://lrs.firma.example");
	});

	it('fails on a site configuration without a provider name, naming file and field', () => {
		const { ok, output } = buildWith((dir) =>
			edit(join(dir, 'site.yaml'), (t) => t.replace(/^ {2}name: .*\n/m, '')),
		);
		expect(ok).toBe(false);
		expect(output).toContain('content/site.yaml: provider.name:');
	});

	it('fails on a path naming a missing module', () => {
		const { ok, output } = buildWith((dir) =>
			edit(join(dir, 'paths/testpfad.yaml'), (t) => t.replace('zweites-modul]', 'drittes-modul]')),
		);
		expect(ok).toBe(false);
		expect(output).toContain(
			'paths/testpfad.yaml → modules[1]: Modul "drittes-modul" gibt es nicht.',
		);
	});

	it('fails on trainer notes naming a missing material', () => {
		const { ok, output } = buildWith((dir) =>
			edit(join(dir, 'modules/zweites-modul.mdx'), (t) =>
				t.replace('materials: [gespraechskarten]', 'materials: [gespraechskarten, fallkarten]'),
			),
		);
		expect(ok).toBe(false);
		expect(output).toContain(
			'modules/zweites-modul.mdx → trainerNotes.materials[1]: Das Material "fallkarten" gibt es nicht (content/materials/fallkarten.md).',
		);
	});

	it('fails on a role-play the trainer notes of its module do not run', () => {
		const { ok, output } = buildWith((dir) =>
			edit(join(dir, 'roleplays/kurzbesuch.yaml'), (t) =>
				t.replace('modules: [erstes-modul]', 'modules: [erstes-modul, zweites-modul]'),
			),
		);
		expect(ok).toBe(false);
		expect(output).toContain(
			'zweites-modul.mdx → trainerNotes.roleplays: Das Rollenspiel "kurzbesuch" übt dieses Modul',
		);
	});

	it('fails on <Quiz id> naming a missing quiz', () => {
		const { ok, output } = buildWith((dir) => rmSync(join(dir, 'quizzes/erstes-modul.yaml')));
		expect(ok).toBe(false);
		expect(output).toMatch(
			/modules\/erstes-modul\.mdx → <Quiz id="erstes-modul"> \(Zeile \d+\): "erstes-modul" gibt es nicht in content\/quizzes\//,
		);
	});

	it('fails on a path whose knowledge checks are too few for a final test that guessing cannot pass', () => {
		const { ok, output } = buildWith((dir) =>
			edit(join(dir, 'quizzes/erstes-modul.yaml'), (t) =>
				t.replace(/\n  - id: zuordnung-zwei[\s\S]*$/, '\n'),
			),
		);
		expect(ok).toBe(false);
		expect(output).toContain(
			'content/paths/testpfad.yaml: Der Abschlusstest braucht mindestens 12 Fragen, davon 4 Zuordnungs- oder Reihenfolgefragen; die Wissenschecks der Module haben 11, davon 3.',
		);
	});

	it('fails on <SelfAssessment id> naming a missing self-assessment', () => {
		const { ok, output } = buildWith((dir) =>
			edit(join(dir, 'modules/zweites-modul.mdx'), (t) =>
				t.replace('id="selbsttest"', 'id="fehlt"'),
			),
		);
		expect(ok).toBe(false);
		expect(output).toMatch(/modules\/zweites-modul\.mdx → <SelfAssessment id="fehlt">/);
	});

	it('fails on a related glossary term that does not exist', () => {
		const { ok, output } = buildWith((dir) =>
			edit(join(dir, 'glossary/vertrauen.md'), (t) =>
				t.replace('[sympathie]', '[sympathie, kompetenz]'),
			),
		);
		expect(ok).toBe(false);
		expect(output).toContain(
			'glossary/vertrauen.md → related[1]: Glossarbegriff "kompetenz" gibt es nicht.',
		);
	});

	it('fails on a role-play choice whose target does not exist, naming file, node and choice', () => {
		const { ok, output } = buildWith((dir) =>
			edit(join(dir, 'roleplays/kurzbesuch.yaml'), (t) =>
				t.replace('target: gestaerkt', 'target: gestarkt'),
			),
		);
		expect(ok).toBe(false);
		expect(output).toContain('Die Rollenspiele enthalten 1 Fehler:');
		expect(output).toContain(
			'roleplays/kurzbesuch.yaml → Knoten "angebot", Auswahl "termin": Das Ziel "gestarkt" gibt es nicht (weder Knoten noch Ende).',
		);
	});
});
