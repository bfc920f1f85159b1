/**
 * The fixed vocabularies of role-plays as plain constants and types, without Zod, so the role-play
 * island can use them without shipping a schema library to the browser. The schemas
 * (`meter.ts`, `roleplay.ts`) build on these.
 */

/** The six criteria of relationship quality, measured as meters. Names: `roleplay.meter.<id>`. */
export const METER_IDS = [
	'sympathie',
	'anerkennung',
	'vertrauen',
	'gegenseitigkeit',
	'intensitaet',
	'kompetenz',
] as const;
export type MeterId = (typeof METER_IDS)[number];
/** A value for each of the six meters. */
export type MeterValues = Record<MeterId, number>;

/** Every meter stays within these bounds; changes beyond them are clamped. */
export const METER_MIN = 0;
export const METER_MAX = 100;
/** Where a meter starts unless a scenario sets another value in `initialMeters`. */
export const METER_START = 50;

/** How the counterpart comes across at a node. Labels: `roleplay.mood.<id>`. */
export const MOODS = [
	'friendly',
	'neutral',
	'reserved',
	'sceptical',
	'impatient',
	'annoyed',
	'worried',
	'thoughtful',
	'pleased',
] as const;
export type Mood = (typeof MOODS)[number];

/** How an ending leaves the relationship, from best to worst. Labels: `roleplay.outcome.<id>`. */
export const OUTCOMES = ['strengthened', 'neutral', 'damaged'] as const;
export type Outcome = (typeof OUTCOMES)[number];
