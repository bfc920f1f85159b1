import * as v from 'valibot';
import { TimestampSchema } from './timestamp';

/** A note the learner wrote. */
export const NoteSchema = v.object({
	updatedAt: TimestampSchema,
	text: v.pipe(v.string(), v.maxLength(10_000)),
});
export type Note = v.InferOutput<typeof NoteSchema>;
