import * as v from 'valibot';
import { RecordKeySchema } from './record-key';
import { TimestampSchema } from './timestamp';

/** What the learner did with one module. */
export const ModuleProgressSchema = v.object({
	firstVisitedAt: TimestampSchema,
	lastVisitedAt: TimestampSchema,
	/** Section slug → when it was first read. */
	sectionsRead: v.record(RecordKeySchema, TimestampSchema),
	/** Set when the learner marked the whole module as read. */
	markedReadAt: v.optional(TimestampSchema),
});
export type ModuleProgress = v.InferOutput<typeof ModuleProgressSchema>;
