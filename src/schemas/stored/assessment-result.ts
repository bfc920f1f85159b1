import * as v from 'valibot';
import { RecordKeySchema } from './record-key';
import { TimestampSchema } from './timestamp';

/** One completed self-assessment. */
export const AssessmentResultSchema = v.object({
	id: RecordKeySchema,
	completedAt: TimestampSchema,
	/** Item id → chosen scale value. */
	answers: v.record(RecordKeySchema, v.pipe(v.number(), v.integer())),
	/** Dimension id → mean score on the scale. */
	scores: v.record(RecordKeySchema, v.number()),
});
export type AssessmentResult = v.InferOutput<typeof AssessmentResultSchema>;
