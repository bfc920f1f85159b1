import { describe, expect, it } from 'vitest';
import { analyseScenario, debriefOf } from '../../../src/lib/roleplay/debrief';
import { indexScenario } from '../../../src/lib/roleplay/engine';
import { fixtureScenario } from './fixture';

const analysis = analyseScenario(indexScenario(fixtureScenario()));

describe('debrief', () => {
	it('finds the best path: best outcome, then highest meters, then fewest steps', () => {
		expect(analysis.best.steps.map((step) => step.choice.id)).toEqual([
			'fachlich',
			'zuhoeren',
			'termin',
		]);
		expect(analysis.best.ending.id).toBe('gestaerkt');
		expect(analysis.best.timeline).toHaveLength(4);
	});

	it('gives the meters at the start and after each step', () => {
		const debrief = debriefOf(analysis, ['fachlich', 'sofort-loesung', 'abwarten']);
		expect(debrief.ending.id).toBe('offen');
		expect(debrief.timeline.map((meters) => [meters.kompetenz, meters.vertrauen])).toEqual([
			[50, 45],
			[60, 45],
			[60, 40],
			[60, 40],
		]);
		expect(debrief.steps.map((step) => step.choice.why)).toEqual([
			'Fachliches Interesse zeigt Kompetenz.',
			'Eine schnelle Lösung wirkt vorschnell.',
			'Unverbindlich bleibt unverbindlich.',
		]);
	});

	it('marks the choices that put a better outcome out of reach or ruled a worse one out', () => {
		// "fachlich" rules out the early break-off; "sofort-loesung" leaves Vertrauen too low for the follow-up meeting.
		expect(debriefOf(analysis, ['fachlich', 'sofort-loesung', 'abwarten']).decisive).toEqual([
			{ step: 0, kind: 'secured', outcome: 'damaged' },
			{ step: 1, kind: 'lost', outcome: 'strengthened' },
		]);
		expect(debriefOf(analysis, ['preis']).decisive).toEqual([
			{ step: 0, kind: 'lost', outcome: 'strengthened' },
		]);
		// Choosing "abwarten" although "termin" was on offer loses the best outcome at the last step.
		expect(debriefOf(analysis, ['fachlich', 'zuhoeren', 'abwarten']).decisive.at(-1)).toEqual({
			step: 2,
			kind: 'lost',
			outcome: 'strengthened',
		});
	});

	it('refuses a path that does not fit the scenario', () => {
		expect(() => debriefOf(analysis, ['fachlich', 'termin'])).toThrow('Schritt 2');
	});
});
