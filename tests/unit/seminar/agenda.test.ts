import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	capacity,
	formatTime,
	layOutAgenda,
	parseTime,
	type PlanChoice,
	type PlannerCatalog,
} from '../../../src/lib/seminar/agenda';

const steps = (...minutes: number[]) =>
	minutes.map((m, i) => ({ activity: `Schritt ${i + 1}`, minutes: m }));
const catalog: PlannerCatalog = {
	modules: [
		{
			id: 'eins',
			title: 'Eins',
			steps: steps(5, 20, 15, 5),
			roleplays: [{ id: 'gespraech', minutes: 20 }],
			materials: ['karten'],
		},
		{
			id: 'zwei',
			title: 'Zwei',
			steps: steps(5, 30, 30, 25, 10),
			roleplays: [],
			materials: ['karten', 'vorlage'],
		},
		{
			id: 'drei',
			title: 'Drei',
			steps: steps(10, 40, 40, 20, 10),
			roleplays: [{ id: 'gespraech', minutes: 25 }],
			materials: [],
		},
	],
	roleplays: [{ id: 'gespraech', title: 'Das Gespräch' }],
};
const choice = (overrides: Partial<PlanChoice> = {}): PlanChoice => ({
	modules: ['eins', 'zwei'],
	roleplays: ['gespraech'],
	start: '09:00',
	length: 'half',
	...overrides,
});

describe('the seminar agenda', () => {
	it('starts at the chosen time and runs the modules’ steps, then the role-play of the module it practises', () => {
		const agenda = layOutAgenda(catalog, choice());
		const [day] = agenda.days;
		expect(day!.slots[0]).toMatchObject({
			kind: 'step',
			start: 9 * 60,
			minutes: 5,
			moduleId: 'eins',
		});
		expect(day!.slots.map((s) => s.kind)).toEqual([
			'step',
			'step',
			'step',
			'step',
			'roleplay',
			'step',
			'step',
			'break',
			'step',
			'step',
			'step',
		]);
		expect(day!.slots[4]).toMatchObject({ title: 'Das Gespräch', minutes: 20, start: 9 * 60 + 45 });
		// 105 minutes until the coffee break: 45 + 20 + 5 + 30 = 100, the next 30-minute step waits.
		expect(day!.slots[7]).toMatchObject({ kind: 'break', start: 9 * 60 + 105, minutes: 15 });
		expect(agenda.leftOver).toEqual([]);
		expect(agenda.teachingMinutes).toBe(45 + 20 + 100);
		expect(day!.end).toBe(9 * 60 + 120 + 65);
	});

	it('lists the materials of the chosen modules once each', () => {
		expect(layOutAgenda(catalog, choice()).materials).toEqual(['karten', 'vorlage']);
	});

	it('runs a role-play without its module with the first module that lists it', () => {
		const agenda = layOutAgenda(catalog, choice({ modules: ['zwei'] }));
		expect(agenda.days[0]!.slots.at(-1)).toMatchObject({
			kind: 'roleplay',
			moduleId: 'eins',
			minutes: 20,
		});
	});

	it('says what does not fit, and a full day adds lunch; two days hold it all', () => {
		const all = choice({ modules: ['eins', 'zwei', 'drei'], length: 'half' });
		const half = layOutAgenda(catalog, all);
		expect(half.leftOver.map((item) => item.minutes)).toEqual([40, 20, 10]);
		const oneDay = layOutAgenda(catalog, { ...all, length: 'one' });
		expect(oneDay.leftOver).toEqual([]);
		expect(oneDay.days[0]!.slots.some((slot) => slot.kind === 'lunch')).toBe(true);
		expect(layOutAgenda(catalog, { ...all, length: 'two' }).days[1]!.slots).toEqual([]);
	});

	it('never ends on a break and never overlaps, for any choice (property)', () => {
		fc.assert(
			fc.property(
				fc.subarray(['eins', 'zwei', 'drei']),
				fc.subarray(['gespraech']),
				fc.integer({ min: 6 * 60, max: 12 * 60 }),
				fc.constantFrom('half', 'one', 'two' as const),
				(modules, roleplays, start, length) => {
					const agenda = layOutAgenda(catalog, {
						modules,
						roleplays,
						start: formatTime(start),
						length,
					});
					const planned =
						agenda.teachingMinutes + agenda.leftOver.reduce((s, i) => s + i.minutes, 0);
					const asked = catalog.modules
						.filter((m) => modules.includes(m.id))
						.flatMap((m) => m.steps)
						.reduce((s, step) => s + step.minutes, 0);
					expect(planned).toBe(
						asked +
							(roleplays.length > 0
								? modules.includes('eins') || !modules.includes('drei')
									? 20
									: 25
								: 0),
					);
					expect(agenda.teachingMinutes).toBeLessThanOrEqual(capacity(length));
					for (const day of agenda.days) {
						expect(['break', 'lunch']).not.toContain(day.slots.at(-1)?.kind);
						day.slots.forEach((slot, i) => {
							if (i > 0)
								expect(slot.start).toBeGreaterThanOrEqual(
									day.slots[i - 1]!.start + day.slots[i - 1]!.minutes,
								);
						});
						if (day.slots[0]) expect(day.slots[0].start).toBe(start);
					}
				},
			),
		);
	});

	it('reads and writes times as HH:MM and refuses other text', () => {
		expect(parseTime('08:30')).toBe(510);
		expect(formatTime(510)).toBe('08:30');
		expect(parseTime('8:30')).toBeUndefined();
		expect(parseTime('24:00')).toBeUndefined();
		expect(layOutAgenda(catalog, choice({ start: 'bald' })).days[0]!.slots[0]!.start).toBe(9 * 60);
	});

	it('offers four hours, one day or two days of teaching', () => {
		expect([capacity('half'), capacity('one'), capacity('two')]).toEqual([225, 375, 750]);
	});
});
