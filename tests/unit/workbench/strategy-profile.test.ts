import { describe, expect, it } from 'vitest';
import { profileGaps, STRATEGY_PAIRS } from '../../../src/lib/workbench/strategy-profile';
import { STRATEGY_PAIR_IDS } from '../../../src/schemas/stored/workbench';

describe('the strategy profile', () => {
	it('has the five pairs of the goals-and-strategies module with their poles', () => {
		expect(STRATEGY_PAIRS.map((p) => p.id)).toEqual([...STRATEGY_PAIR_IDS]);
		expect(STRATEGY_PAIRS.map((p) => [p.left.title, p.right.title])).toEqual([
			['Kundenbeziehungen', 'Pflege aller Anspruchsgruppen'],
			['Breites Netz', 'Technokratisches Einsatzmanagement'],
			['Individuell', 'Organisatorisch mit Vorgaben'],
			['Permanentes System', 'Projektsystem'],
			['Massen- oder Gruppen-Beziehungsmanagement', 'Individual-Beziehungsmanagement'],
		]);
	});

	it('lists each pair’s move, the largest first; under 15 points it fits', () => {
		const gaps = profileGaps({
			current: { reichweite: 20, netz: 50, steuerung: 60, dauer: 80, zuschnitt: 50 },
			target: { reichweite: 60, netz: 64, steuerung: 30, dauer: 80, zuschnitt: 35 },
		});
		expect(gaps).toEqual([
			{ pairId: 'reichweite', current: 20, target: 60, difference: 40, direction: 'rechts' },
			{ pairId: 'steuerung', current: 60, target: 30, difference: -30, direction: 'links' },
			{ pairId: 'zuschnitt', current: 50, target: 35, difference: -15, direction: 'links' },
			{ pairId: 'netz', current: 50, target: 64, difference: 14, direction: 'passt' },
			{ pairId: 'dauer', current: 80, target: 80, difference: 0, direction: 'passt' },
		]);
	});
});
