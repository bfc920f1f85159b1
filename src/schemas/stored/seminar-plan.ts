import * as v from 'valibot';
import { ContentIdSchema } from './content-id';
import { TimestampSchema } from './timestamp';

/**
 * A trainer's seminar plan (/seminar/): what they picked, not the agenda, which is laid out again
 * from the course on every visit, so a plan keeps working when a module's timing changes.
 */
export const SeminarPlanSchema = v.object({
	updatedAt: TimestampSchema,
	modules: v.pipe(v.array(ContentIdSchema), v.maxLength(100)),
	roleplays: v.pipe(v.array(ContentIdSchema), v.maxLength(100)),
	/** "09:00" */
	start: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
	length: v.picklist(['half', 'one', 'two']),
});
export type SeminarPlan = v.InferOutput<typeof SeminarPlanSchema>;
