import {
	METER_IDS,
	METER_MAX,
	METER_MIN,
	METER_START,
	type MeterId,
	type MeterValues,
} from '../../schemas/roleplay-constants';

/** Meter arithmetic: values always whole numbers within METER_MIN..METER_MAX. */

export const isMeterId = (name: string): name is MeterId =>
	(METER_IDS as readonly string[]).includes(name);

export const clampMeter = (value: number): number =>
	Math.min(METER_MAX, Math.max(METER_MIN, Math.round(value)));

/** Every meter at METER_START, except those a scenario sets; unknown names are ignored (the validator reports them). */
export function initialMeters(overrides: Record<string, number> = {}): MeterValues {
	return Object.fromEntries(
		METER_IDS.map((id) => [id, clampMeter(overrides[id] ?? METER_START)]),
	) as MeterValues;
}

/** Adds signed effects and clamps; unknown meter names are ignored. */
export function applyEffects(meters: MeterValues, effects: Record<string, number>): MeterValues {
	return Object.fromEntries(
		METER_IDS.map((id) => [id, clampMeter(meters[id] + (effects[id] ?? 0))]),
	) as MeterValues;
}

/** The meters that changed, with their signed change (what the learner is told after a choice). */
export function meterChanges(
	before: MeterValues,
	after: MeterValues,
): { meter: MeterId; delta: number; value: number }[] {
	return METER_IDS.filter((id) => before[id] !== after[id]).map((id) => ({
		meter: id,
		delta: after[id] - before[id],
		value: after[id],
	}));
}

export const meterSum = (meters: MeterValues): number =>
	METER_IDS.reduce((sum, id) => sum + meters[id], 0);
