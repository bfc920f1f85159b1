import * as v from 'valibot';
import { AssessmentResultSchema } from './assessment-result';
import { AssignmentRecordSchema } from './assignment-record';
import { LastLocationSchema } from './last-location';
import { ModuleProgressSchema } from './module-progress';
import { NoteSchema } from './note';
import { QuizAttemptSchema } from './quiz-attempt';
import { RecordKeySchema } from './record-key';
import { RoleplayRunSchema } from './roleplay-run';
import { RoleplaySnapshotSchema } from './roleplay-snapshot';
import { SeminarPlanSchema } from './seminar-plan';
import { TimestampSchema } from './timestamp';

/**
 * The learner's stored progress (`bzw:progress`, see client/progress/store.ts), version 3: version 2
 * added `drawn` to quiz attempts, version 3 the trainer's `seminarPlans` (lib/progress/migrations.ts).
 * A new shape bumps the version and adds a migration.
 *
 * Valibot rather than the Zod the content schemas use: these schemas run in the browser, where
 * Valibot costs about 3 KB gzip against 9 KB for zod/mini and 28 KB for Zod (measured here).
 */
export const PROGRESS_VERSION = 3;

/** The collections of records, each keyed by id; load and merge treat them alike. */
export const RECORD_COLLECTIONS = [
	'modules',
	'quizAttempts',
	'assessments',
	'roleplayRuns',
	'roleplaySnapshots',
	'assignments',
	'notes',
	'seminarPlans',
] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

const recordOf = <T extends v.GenericSchema>(value: T) => v.record(RecordKeySchema, value);

export const ProgressStateSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
	updatedAt: TimestampSchema,
	modules: recordOf(ModuleProgressSchema),
	/** Quiz id (or path-test key) → attempts, oldest first. */
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
	/** Plan id → a trainer's seminar plan (the planner keeps one, "standard"). */
	seminarPlans: recordOf(SeminarPlanSchema),
	lastLocation: v.optional(LastLocationSchema),
});
export type ProgressState = v.InferOutput<typeof ProgressStateSchema>;

/** Per collection: the schema of one entry, and whether an entry is a list (validated item by item). */
export const RECORD_SCHEMAS = {
	modules: { list: false, schema: ModuleProgressSchema },
	quizAttempts: { list: true, schema: QuizAttemptSchema },
	assessments: { list: true, schema: AssessmentResultSchema },
	roleplayRuns: { list: true, schema: RoleplayRunSchema },
	roleplaySnapshots: { list: false, schema: RoleplaySnapshotSchema },
	assignments: { list: false, schema: AssignmentRecordSchema },
	notes: { list: false, schema: NoteSchema },
	seminarPlans: { list: false, schema: SeminarPlanSchema },
} satisfies Record<RecordCollection, { list: boolean; schema: v.GenericSchema }>;
