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
import type { StrategyProfile, WorkbenchCustomer } from './workbench';
import { TimestampSchema } from './timestamp';

/**
 * The learner's stored progress (`bzw:progress`, see client/progress/store.ts), version 3: version 2
 * added `drawn` to quiz attempts, version 3 the trainer's `seminarPlans`, version 4 the relationship
 * workbench (`workbenchCustomers`, `workbenchProfiles`; lib/progress/migrations.ts).
 * A new shape bumps the version and adds a migration.
 *
 * Valibot rather than the Zod the content schemas use: these schemas run in the browser, where
 * Valibot costs about 3 KB gzip against 9 KB for zod/mini and 28 KB for Zod (measured here).
 */
export const PROGRESS_VERSION = 4;

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
	'workbenchCustomers',
	'workbenchProfiles',
] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

const recordOf = <T extends v.GenericSchema>(value: T) => v.record(RecordKeySchema, value);

/**
 * The workbench's records as every page sees them: an object with its save time, passed through
 * untouched. Their full schemas (workbench.ts) would add 1.5 KB to every page that keeps progress, so
 * only the pages that read them register those (lib/progress/workbench-schemas.ts); there the loader
 * validates every customer, and one that fails is dropped from view and kept in a backup.
 */
const WorkbenchRecordShape = v.looseObject({ updatedAt: TimestampSchema });

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
	/** Customer id → one of the learner's own customers in the workbench (/werkstatt/). */
	workbenchCustomers: recordOf(WorkbenchRecordShape),
	/** Profile id → the learner's strategy profile (the workbench keeps one, "strategie"). */
	workbenchProfiles: recordOf(WorkbenchRecordShape),
	lastLocation: v.optional(LastLocationSchema),
});
export type ProgressState = Omit<
	v.InferOutput<typeof ProgressStateSchema>,
	'workbenchCustomers' | 'workbenchProfiles'
> & {
	workbenchCustomers: Record<string, WorkbenchCustomer>;
	workbenchProfiles: Record<string, StrategyProfile>;
};

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
	workbenchCustomers: { list: false, schema: WorkbenchRecordShape },
	workbenchProfiles: { list: false, schema: WorkbenchRecordShape },
} satisfies Record<RecordCollection, { list: boolean; schema: v.GenericSchema }> as Record<
	RecordCollection,
	{ list: boolean; schema: v.GenericSchema }
>;
