import * as v from 'valibot';
import { AssignmentSchema } from '../assignments/schema';
import { isReservedKey } from '../../schemas/reserved-keys';
import { PROGRESS_VERSION, type RecordCollection } from './state';

export { emptyState, PROGRESS_VERSION, RECORD_COLLECTIONS, type RecordCollection } from './state';

/**
 * The shape of stored progress, version 2 (version 2 added `drawn` to quiz attempts; migrations.ts).
 * Validated with Valibot rather than the Zod the content schemas use: these schemas run in the
 * browser (on imports, assignment links, and stored text the store cannot trust by its checksum),
 * where Valibot costs about 3 KB gzip against 9 KB for zod/mini and 28 KB for Zod (measured here).
 *
 * Keys of every record are ids: content ids, section slugs (which may hold umlauts) or generated
 * record ids. A key may not start with "_" nor be an inherited member's name (`toString`, `constructor`:
 * see reserved-keys.ts), so no key can be mistaken for a record or reach the prototype.
 */

const KEY_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,119}$/u;
export const RecordKeySchema = v.pipe(v.string(), v.regex(KEY_PATTERN, 'Ungültige ID'), v.check((key) => !isReservedKey(key), 'Ungültige ID'));
// An ISO 8601 instant such as toISOString() writes (a compact check: Valibot's isoTimestamp costs more bytes).
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/;
export const Timestamp = v.pipe(
	v.string(),
	v.regex(ISO_INSTANT, 'Kein gültiger Zeitstempel'),
	v.check((stamp) => !Number.isNaN(Date.parse(stamp)), 'Kein gültiger Zeitstempel'),
);
const recordOf = <T extends v.GenericSchema>(value: T) => v.record(RecordKeySchema, value);
const int = () => v.pipe(v.number(), v.integer());
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** What the learner did with one module. */
export const ModuleProgressSchema = v.object({
	firstVisitedAt: Timestamp,
	lastVisitedAt: Timestamp,
	/** Section slug → when it was first read. */
	sectionsRead: recordOf(Timestamp),
	/** Set when the learner marked the whole module as read. */
	markedReadAt: v.optional(Timestamp),
});

/** An answer as the quiz stores it: option indices in authored order, or a boolean for true/false. */
export const QuizAnswerSchema = v.union([v.boolean(), int(), v.array(int())]);

export const QuizAttemptSchema = v.object({
	id: RecordKeySchema,
	startedAt: Timestamp,
	finishedAt: Timestamp,
	/** Question id → answer, for the questions drawn. */
	answers: recordOf(QuizAnswerSchema),
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
	attempt: v.optional(v.pipe(int(), v.minValue(1))),
	correct: v.pipe(int(), v.minValue(0)),
	total: v.pipe(int(), v.minValue(1)),
	/** Percent of questions answered correctly, 0–100. */
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
	passed: v.boolean(),
});

export const AssessmentResultSchema = v.object({
	id: RecordKeySchema,
	completedAt: Timestamp,
	/** Item id → chosen scale value. */
	answers: recordOf(int()),
	/** Dimension id → mean score on the scale. */
	scores: recordOf(v.number()),
});

export const RoleplayRunSchema = v.object({
	id: RecordKeySchema,
	startedAt: Timestamp,
	finishedAt: Timestamp,
	/** Choice ids in the order taken. */
	path: v.array(text(200)),
	/** Meter id → final value. */
	meters: recordOf(v.number()),
	endingId: text(200),
	outcome: text(200),
});

/** A conversation in progress, so a reload resumes it. The snapshot itself is validated by the role-play engine. */
export const RoleplaySnapshotSchema = v.object({ savedAt: Timestamp, snapshot: v.unknown() });

/**
 * An assignment the learner accepted from a link (lib/assignments): the assignment as it arrived,
 * and when it was accepted. Stored under the assignment's id; accepting the same link again
 * updates `updatedAt` only.
 */
export const AssignmentRecordSchema = v.object({ assignment: AssignmentSchema, acceptedAt: Timestamp, updatedAt: Timestamp });

export const NoteSchema = v.object({ updatedAt: Timestamp, text: text(10_000) });

export const LastLocationSchema = v.object({
	// A path of this site: "//host/…" and "/\host/…" would lead to another one.
	href: v.pipe(v.string(), v.regex(/^\/(?![/\\])[^\s]*$/, 'Nur Adressen dieser Website'), v.maxLength(500)),
	title: text(300),
	at: Timestamp,
});

export const ProgressStateSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
	updatedAt: Timestamp,
	modules: recordOf(ModuleProgressSchema),
	/** Quiz id → attempts, oldest first. */
	quizAttempts: recordOf(v.array(QuizAttemptSchema)),
	/** Assessment id → results, oldest first. */
	assessments: recordOf(v.array(AssessmentResultSchema)),
	/** Scenario id → finished runs, oldest first. */
	roleplayRuns: recordOf(v.array(RoleplayRunSchema)),
	/** Scenario id → conversation in progress. */
	roleplaySnapshots: recordOf(RoleplaySnapshotSchema),
	/** Assignment id → accepted assignment. */
	assignments: recordOf(AssignmentRecordSchema),
	/** Note id → note. */
	notes: recordOf(NoteSchema),
	lastLocation: v.optional(LastLocationSchema),
});

export type ProgressState = v.InferOutput<typeof ProgressStateSchema>;
export type ModuleProgress = v.InferOutput<typeof ModuleProgressSchema>;
export type QuizAnswer = v.InferOutput<typeof QuizAnswerSchema>;
export type QuizAttempt = v.InferOutput<typeof QuizAttemptSchema>;
export type AssessmentResult = v.InferOutput<typeof AssessmentResultSchema>;
export type RoleplayRun = v.InferOutput<typeof RoleplayRunSchema>;
export type LastLocation = v.InferOutput<typeof LastLocationSchema>;
export type AssignmentRecord = v.InferOutput<typeof AssignmentRecordSchema>;

/** Per collection: the schema of one entry, and whether an entry is a list (validated item by item). */
export const RECORD_SCHEMAS = {
	modules: { list: false, schema: ModuleProgressSchema },
	quizAttempts: { list: true, schema: QuizAttemptSchema },
	assessments: { list: true, schema: AssessmentResultSchema },
	roleplayRuns: { list: true, schema: RoleplayRunSchema },
	roleplaySnapshots: { list: false, schema: RoleplaySnapshotSchema },
	assignments: { list: false, schema: AssignmentRecordSchema },
	notes: { list: false, schema: NoteSchema },
} satisfies Record<RecordCollection, { list: boolean; schema: v.GenericSchema }>;
