import * as v from 'valibot';
import { RecordKeySchema } from './record-key';
import { TimestampSchema } from './timestamp';

const integer = () => v.pipe(v.number(), v.integer());

/** An answer as the quiz stores it: option indices in authored order, or a boolean for true/false. */
export const QuizAnswerSchema = v.union([v.boolean(), integer(), v.array(integer())]);

export const QuizAttemptSchema = v.object({
	id: RecordKeySchema,
	startedAt: TimestampSchema,
	finishedAt: TimestampSchema,
	/** Question id → answer, for the questions drawn. */
	answers: v.record(RecordKeySchema, QuizAnswerSchema),
	/**
	 * The question ids this attempt drew, in the order shown (lib/quiz/draw.ts). Empty only for an
	 * attempt recorded before question pools whose answers were not kept (SCORM suspend data).
	 */
	drawn: v.array(RecordKeySchema),
	/**
	 * The attempt's number, which seeded its draw and orders (lib/quiz/attempt.ts). Kept because the
	 * list of attempts can be shortened (SCORM suspend data keeps only some): the next attempt counts
	 * on from the highest number, so it never repeats a draw. Absent in attempts of version 1.
	 */
	attempt: v.optional(v.pipe(integer(), v.minValue(1))),
	correct: v.pipe(integer(), v.minValue(0)),
	total: v.pipe(integer(), v.minValue(1)),
	/** Percent of questions answered correctly, 0–100. */
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
	passed: v.boolean(),
});
export type QuizAnswer = v.InferOutput<typeof QuizAnswerSchema>;
export type QuizAttempt = v.InferOutput<typeof QuizAttemptSchema>;
