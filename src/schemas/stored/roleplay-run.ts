import * as v from 'valibot';
import { METER_IDS, METER_MAX, METER_MIN, OUTCOMES, type MeterId } from '../roleplay-constants';
import { ContentIdSchema } from './content-id';
import { RecordKeySchema } from './record-key';
import { TimestampSchema } from './timestamp';

const meterValue = v.pipe(v.number(), v.minValue(METER_MIN), v.maxValue(METER_MAX));

/**
 * One finished role-play run, as the progress store keeps it (under its scenario's id) and the
 * dashboard shows it: recorded each time a conversation reaches an ending.
 */
export const RoleplayRunSchema = v.object({
	/** A generated id of this run. */
	id: RecordKeySchema,
	startedAt: TimestampSchema,
	finishedAt: TimestampSchema,
	/** The ids of the choices made, in order. */
	path: v.pipe(v.array(ContentIdSchema), v.maxLength(500)),
	/** The six meters at the ending. */
	meters: v.object(
		Object.fromEntries(METER_IDS.map((id) => [id, meterValue])) as Record<
			MeterId,
			typeof meterValue
		>,
	),
	/** Id of the ending reached. */
	endingId: ContentIdSchema,
	/** The ending's outcome category. */
	outcome: v.picklist(OUTCOMES),
});
export type RoleplayRun = v.InferOutput<typeof RoleplayRunSchema>;
