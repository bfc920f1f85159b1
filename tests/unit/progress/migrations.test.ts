import { describe, expect, it } from 'vitest';
import { loadProgressData } from '../../../src/lib/progress/load';
import { migrate, MIGRATIONS, type Migration } from '../../../src/lib/progress/migrations';
import { PROGRESS_VERSION } from '../../../src/schemas/stored/progress-state';

describe('migrations', () => {
	it('has a migration from every earlier version to the current one', () => {
		// Version 1 is the first stored shape; each later version must add its step here.
		for (let version = 1; version < PROGRESS_VERSION; version++)
			expect(MIGRATIONS[version], `migration ${version} → ${version + 1}`).toBeTypeOf('function');
		expect(
			Object.keys(MIGRATIONS)
				.map(Number)
				.every((v) => v >= 1 && v < PROGRESS_VERSION),
		).toBe(true);
	});

	it('runs a chain of steps in order and stamps the target version', () => {
		const chain: Record<number, Migration> = {
			1: (data) => ({ ...data, renamed: data.old, old: undefined }),
			2: (data) => ({ ...data, added: [] }),
		};
		expect(migrate({ version: 1, old: 'wert' }, chain, 3)).toEqual({
			ok: true,
			data: { version: 3, renamed: 'wert', old: undefined, added: [] },
		});
	});

	it('refuses a version newer than the site, and a version it has no step for', () => {
		expect(migrate({ version: PROGRESS_VERSION + 1 })).toEqual({ ok: false, reason: 'newer' });
		expect(migrate({ version: 0 })).toEqual({ ok: false, reason: 'unknown' });
		expect(migrate({ version: '1' })).toEqual({ ok: false, reason: 'unknown' });
	});

	it('1 → 2: an attempt of version 1 asked every question it answered, so it drew those', () => {
		const at = '2026-11-20T10:00:00.000Z';
		const v1 = {
			version: 1,
			updatedAt: at,
			modules: {
				diagnose: { firstVisitedAt: at, lastVisitedAt: at, sectionsRead: { einstieg: at } },
			},
			quizAttempts: {
				diagnose: [
					{
						id: 'a1',
						startedAt: at,
						finishedAt: at,
						answers: {
							'erster-schritt': 0,
							'umsatz-gleich-prioritaet': false,
							'reihenfolge-diagnose': [1, 0, 2],
						},
						correct: 2,
						total: 3,
						score: 67,
						passed: false,
					},
				],
			},
		};
		const { state, problems } = loadProgressData(v1);
		expect(problems).toEqual([]);
		expect(state.version).toBe(PROGRESS_VERSION);
		expect(state.quizAttempts.diagnose).toEqual([
			{
				...v1.quizAttempts.diagnose[0],
				drawn: ['erster-schritt', 'umsatz-gleich-prioritaet', 'reihenfolge-diagnose'],
			},
		]);
		expect(state.modules).toEqual(v1.modules);
	});

	it('1 → 2 leaves what is not an attempt for the validation to report, keeping its neighbours', () => {
		const at = '2026-11-20T10:00:00.000Z';
		const good = {
			id: 'gut',
			startedAt: at,
			finishedAt: at,
			answers: {},
			correct: 0,
			total: 1,
			score: 0,
			passed: false,
		};
		const { state, problems } = loadProgressData({
			version: 1,
			updatedAt: at,
			quizAttempts: { diagnose: [good, 'kaputt', { id: 'x', answers: 7 }], bedeutung: 'kaputt' },
		});
		expect(state.quizAttempts).toEqual({ diagnose: [{ ...good, drawn: [] }] });
		expect(problems).toHaveLength(1);
	});

	it('2 → 3: a store of version 2 gets an empty collection of seminar plans, and keeps the rest', () => {
		const at = '2026-11-20T10:00:00.000Z';
		const v2 = {
			version: 2,
			updatedAt: at,
			notes: { n1: { updatedAt: at, text: 'Merken' } },
		};
		expect(migrate(v2)).toEqual({
			ok: true,
			data: { ...v2, version: 4, seminarPlans: {}, workbenchCustomers: {}, workbenchProfiles: {} },
		});
		const { state, problems } = loadProgressData(v2);
		expect(problems).toEqual([]);
		expect(state.seminarPlans).toEqual({});
		expect(state.notes).toEqual(v2.notes);
	});

	it('3 → 4: a store of version 3 gets an empty workbench, and keeps its seminar plans', () => {
		const at = '2026-12-01T10:00:00.000Z';
		const plan = {
			updatedAt: at,
			modules: ['diagnose'],
			roleplays: [],
			start: '08:30',
			length: 'one',
		};
		const v3 = { version: 3, updatedAt: at, seminarPlans: { standard: plan } };
		expect(migrate(v3)).toEqual({
			ok: true,
			data: { ...v3, version: 4, workbenchCustomers: {}, workbenchProfiles: {} },
		});
		expect(loadProgressData(v3).state.seminarPlans).toEqual({ standard: plan });
	});

	it('keeps a seminar plan of version 3 and drops a broken one, naming the problem', () => {
		const at = '2026-12-04T10:00:00.000Z';
		const plan = {
			updatedAt: at,
			modules: ['diagnose'],
			roleplays: [],
			start: '08:30',
			length: 'one',
		};
		const { state, problems } = loadProgressData({
			version: 3,
			updatedAt: at,
			seminarPlans: { standard: plan, kaputt: { ...plan, start: '8 Uhr' } },
		});
		expect(state.seminarPlans).toEqual({ standard: plan });
		expect(problems.length).toBeGreaterThan(0);
	});

	it('loads data of the current version as it is', () => {
		const data = {
			version: PROGRESS_VERSION,
			updatedAt: '2026-11-27T10:00:00.000Z',
			notes: { n1: { updatedAt: '2026-11-27T10:00:00.000Z', text: 'Merken' } },
		};
		const { state, problems } = loadProgressData(data);
		expect(problems).toEqual([]);
		expect(state.notes).toEqual(data.notes);
	});
});
