import { z } from 'astro/zod';
import { METER_IDS, METER_MAX, METER_MIN } from './roleplay-constants';

/**
 * The six criteria of relationship quality the course teaches, measured as meters in role-plays.
 * Ids, bounds and types are in `roleplay-constants.ts`; learner-facing names in the UI dictionary
 * under `roleplay.meter.<id>`.
 */
export {
	METER_IDS,
	METER_MAX,
	METER_MIN,
	METER_START,
	type MeterId,
	type MeterValues,
} from './roleplay-constants';

export const MeterIdSchema = z.enum(METER_IDS);

export const MeterValueSchema = z.number().int().min(METER_MIN).max(METER_MAX);

/** A value for each of the six meters (an exhaustive record: all six keys, no others). */
export const MeterValuesSchema = z.record(MeterIdSchema, MeterValueSchema);
