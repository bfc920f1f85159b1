import * as v from 'valibot';
import { AssignmentSchema } from './assignment';
import { TimestampSchema } from './timestamp';

/**
 * An assignment the learner accepted from a link: the assignment as it arrived, and when it was
 * accepted. Stored under the assignment's id; accepting the same link again updates `updatedAt` only.
 */
export const AssignmentRecordSchema = v.object({
	assignment: AssignmentSchema,
	acceptedAt: TimestampSchema,
	updatedAt: TimestampSchema,
});
export type AssignmentRecord = v.InferOutput<typeof AssignmentRecordSchema>;
