import { describe, expect, it } from 'vitest';
import { emptyState } from '../../../src/lib/progress/state';
import { selfVsBehaviour } from '../../../src/lib/workbench/self-vs-behaviour';
import type { MeterValues } from '../../../src/schemas/roleplay-constants';
import type { ProgressState } from '../../../src/schemas/stored/progress-state';

const NOW = '2025-03-10T08:00:00.000Z';
const meters = (value: number, overrides: Partial<MeterValues> = {}): MeterValues => ({
	sympathie: value,
	anerkennung: value,
	vertrauen: value,
	gegenseitigkeit: value,
	intensitaet: value,
	kompetenz: value,
	...overrides,
});
const run = (id: string, values: MeterValues) => ({
	id,
	startedAt: NOW,
	finishedAt: NOW,
	path: [],
	meters: values,
	endingId: 'ende',
	outcome: 'neutral' as const,
});
const result = (id: string, completedAt: string, scores: Record<string, number>) => ({
	id,
	completedAt,
	answers: {},
	scores,
});

describe('self-image against behaviour', () => {
	it('has nothing to compare in empty progress', () => {
		const out = selfVsBehaviour(emptyState(NOW));
		expect(out).toMatchObject({ runs: 0, hasSelf: false });
		expect(out.criteria.map((c) => Object.keys(c))).toEqual(Array(6).fill(['criterion']));
	});

	it('puts the latest self-assessment on 0–100 and averages the final meters over all runs', () => {
		const state: ProgressState = {
			...emptyState(NOW),
			assessments: {
				beziehungsqualitaet: [
					result('neu', '2025-03-01T10:00:00.000Z', {
						sympathie: 5,
						anerkennung: 3,
						vertrauen: 1,
						gegenseitigkeit: 4.2,
						kompetenz: 4,
					}),
					result('alt', '2025-01-01T10:00:00.000Z', { sympathie: 1 }),
				],
				beziehungsnetz: [result('anders', '2025-03-05T10:00:00.000Z', { sympathie: 1 })],
			},
			roleplayRuns: {
				lieferverzug: [
					run('r1', meters(60, { sympathie: 70 })),
					run('r2', meters(40, { vertrauen: 70 })),
				],
				erstbesuch: [run('r3', meters(50, { kompetenz: 80 }))],
			},
		};
		const out = selfVsBehaviour(state);
		expect(out.runs).toBe(3);
		expect(out.hasSelf).toBe(true);
		const by = Object.fromEntries(out.criteria.map((c) => [c.criterion, c]));
		expect(by.sympathie).toEqual({
			criterion: 'sympathie',
			self: 100,
			behaviour: 160 / 3,
			gap: 100 - 160 / 3,
			verdict: 'selbstbild-hoeher',
		});
		expect(by.anerkennung).toMatchObject({ self: 50, behaviour: 50, gap: 0, verdict: 'stimmig' });
		expect(by.vertrauen).toMatchObject({
			self: 0,
			behaviour: 60,
			gap: -60,
			verdict: 'verhalten-hoeher',
		});
		expect(by.gegenseitigkeit!.self).toBeCloseTo(80); // 4.2 on 1–5
		expect(by.gegenseitigkeit!.verdict).toBe('selbstbild-hoeher');
		expect(by.kompetenz).toMatchObject({ self: 75, behaviour: 60 });
		expect(by.intensitaet).toEqual({ criterion: 'intensitaet', behaviour: 50 });
	});

	it('draws the line at 15 points either way', () => {
		const state = (score: number, meter: number): ProgressState => ({
			...emptyState(NOW),
			assessments: { beziehungsqualitaet: [result('a', NOW, { vertrauen: score })] },
			roleplayRuns: { x: [run('r', meters(meter))] },
		});
		const verdict = (score: number, meter: number) =>
			selfVsBehaviour(state(score, meter)).criteria.find((c) => c.criterion === 'vertrauen')!
				.verdict;
		expect(verdict(3, 35)).toBe('selbstbild-hoeher'); // 50 − 35 = 15
		expect(verdict(3, 36)).toBe('stimmig');
		expect(verdict(3, 65)).toBe('verhalten-hoeher');
		expect(verdict(3, 64)).toBe('stimmig');
	});
});
