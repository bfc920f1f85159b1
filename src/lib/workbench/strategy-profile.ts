import {
	STRATEGY_PAIR_IDS,
	type StrategyPairId,
	type StrategyProfile,
} from '../../schemas/stored/workbench';

/**
 * The strategy profile of the goals-and-strategies module: five pairs of poles, the company's
 * position between them now and where it wants to be. 0 is the left pole, 100 the right.
 */

export interface StrategyPair {
	id: StrategyPairId;
	left: { title: string };
	right: { title: string };
}

const TITLES: Record<StrategyPairId, [left: string, right: string]> = {
	reichweite: ['Kundenbeziehungen', 'Pflege aller Anspruchsgruppen'],
	netz: ['Breites Netz', 'Technokratisches Einsatzmanagement'],
	steuerung: ['Individuell', 'Organisatorisch mit Vorgaben'],
	dauer: ['Permanentes System', 'Projektsystem'],
	zuschnitt: ['Massen- oder Gruppen-Beziehungsmanagement', 'Individual-Beziehungsmanagement'],
};

export const STRATEGY_PAIRS: readonly StrategyPair[] = STRATEGY_PAIR_IDS.map((id) => ({
	id,
	left: { title: TITLES[id][0] },
	right: { title: TITLES[id][1] },
}));

/** Differences under this many points are close enough to leave as they are. */
const FITS = 15;

export interface ProfileGap {
	pairId: StrategyPairId;
	current: number;
	target: number;
	/** target − current: positive means moving towards the right pole. */
	difference: number;
	direction: 'links' | 'rechts' | 'passt';
}

/** Per pair, the largest move first (ties in the pairs' order). */
export function profileGaps(profile: Pick<StrategyProfile, 'current' | 'target'>): ProfileGap[] {
	return STRATEGY_PAIR_IDS.map((pairId): ProfileGap => {
		const current = profile.current[pairId];
		const target = profile.target[pairId];
		const difference = target - current;
		const direction = Math.abs(difference) < FITS ? 'passt' : difference > 0 ? 'rechts' : 'links';
		return { pairId, current, target, difference, direction };
	}).sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
}
