import * as z from 'zod/mini';

/**
 * The shape of stored progress, version 1. Validated with zod/mini (about 7 KB gzip in the browser,
 * a quarter of classic Zod) because module pages load it.
 *
 * Keys of every record are ids: content ids, section slugs (which may hold umlauts) or generated
 * record ids. A key may not start with "_", so `__proto__` and friends can never enter an object.
 */

export const PROGRESS_VERSION = 1;

const KEY_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,119}$/u;
export const RecordKeySchema = z.string().check(z.regex(KEY_PATTERN, 'Ungültige ID'));
export const Timestamp = z.iso.datetime({ offset: true });
const recordOf = <T extends z.ZodMiniType>(value: T) => z.record(RecordKeySchema, value);

/** What the learner did with one module. */
export const ModuleProgressSchema = z.object({
	firstVisitedAt: Timestamp,
	lastVisitedAt: Timestamp,
	/** Section slug → when it was first read. */
	sectionsRead: recordOf(Timestamp),
	/** Set when the learner marked the whole module as read. */
	markedReadAt: z.optional(Timestamp),
});

/** An answer as the quiz stores it: option indices in authored order, or a boolean for true/false. */
export const QuizAnswerSchema = z.union([z.boolean(), z.int(), z.array(z.int())]);

export const QuizAttemptSchema = z.object({
	id: RecordKeySchema,
	startedAt: Timestamp,
	finishedAt: Timestamp,
	/** Question id → answer. */
	answers: recordOf(QuizAnswerSchema),
	correct: z.int().check(z.gte(0)),
	total: z.int().check(z.gte(1)),
	/** Percent of questions answered correctly, 0–100. */
	score: z.number().check(z.gte(0), z.lte(100)),
	passed: z.boolean(),
});

export const AssessmentResultSchema = z.object({
	id: RecordKeySchema,
	completedAt: Timestamp,
	/** Item id → chosen scale value. */
	answers: recordOf(z.int()),
	/** Dimension id → mean score on the scale. */
	scores: recordOf(z.number()),
});

export const RoleplayRunSchema = z.object({
	id: RecordKeySchema,
	startedAt: Timestamp,
	finishedAt: Timestamp,
	/** Choice ids in the order taken. */
	path: z.array(z.string().check(z.maxLength(200))),
	/** Meter id → final value. */
	meters: recordOf(z.number()),
	endingId: z.string().check(z.maxLength(200)),
	outcome: z.string().check(z.maxLength(200)),
});

/** A conversation in progress, so a reload resumes it. The snapshot itself is validated by the role-play engine. */
export const RoleplaySnapshotSchema = z.object({ savedAt: Timestamp, snapshot: z.unknown() });

/** Room for the HR issue: an accepted assignment. Its fields beyond these are that to define. */
export const AssignmentRecordSchema = z.looseObject({ acceptedAt: Timestamp, updatedAt: Timestamp });

export const NoteSchema = z.object({ updatedAt: Timestamp, text: z.string().check(z.maxLength(10_000)) });

export const LastLocationSchema = z.object({
	href: z.string().check(z.regex(/^\/[^\s]*$/, 'Nur Adressen dieser Website'), z.maxLength(500)),
	title: z.string().check(z.maxLength(300)),
	at: Timestamp,
});

export const ProgressStateSchema = z.object({
	version: z.literal(PROGRESS_VERSION),
	updatedAt: Timestamp,
	modules: recordOf(ModuleProgressSchema),
	/** Quiz id → attempts, oldest first. */
	quizAttempts: recordOf(z.array(QuizAttemptSchema)),
	/** Assessment id → results, oldest first. */
	assessments: recordOf(z.array(AssessmentResultSchema)),
	/** Scenario id → finished runs, oldest first. */
	roleplayRuns: recordOf(z.array(RoleplayRunSchema)),
	/** Scenario id → conversation in progress. */
	roleplaySnapshots: recordOf(RoleplaySnapshotSchema),
	/** Assignment id → accepted assignment. */
	assignments: recordOf(AssignmentRecordSchema),
	/** Note id → note. */
	notes: recordOf(NoteSchema),
	lastLocation: z.optional(LastLocationSchema),
});

export type ProgressState = z.infer<typeof ProgressStateSchema>;
export type ModuleProgress = z.infer<typeof ModuleProgressSchema>;
export type QuizAnswer = z.infer<typeof QuizAnswerSchema>;
export type QuizAttempt = z.infer<typeof QuizAttemptSchema>;
export type AssessmentResult = z.infer<typeof AssessmentResultSchema>;
export type RoleplayRun = z.infer<typeof RoleplayRunSchema>;
export type LastLocation = z.infer<typeof LastLocationSchema>;

/** The collections of records, each keyed by id; used by load and merge to treat them alike. */
export const RECORD_COLLECTIONS = ['modules', 'quizAttempts', 'assessments', 'roleplayRuns', 'roleplaySnapshots', 'assignments', 'notes'] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/** Per collection: the schema of one entry, and whether an entry is a list (validated item by item). */
export const RECORD_SCHEMAS = {
	modules: { list: false, schema: ModuleProgressSchema },
	quizAttempts: { list: true, schema: QuizAttemptSchema },
	assessments: { list: true, schema: AssessmentResultSchema },
	roleplayRuns: { list: true, schema: RoleplayRunSchema },
	roleplaySnapshots: { list: false, schema: RoleplaySnapshotSchema },
	assignments: { list: false, schema: AssignmentRecordSchema },
	notes: { list: false, schema: NoteSchema },
} satisfies Record<RecordCollection, { list: boolean; schema: z.ZodMiniType }>;

export function emptyState(now = new Date().toISOString()): ProgressState {
	return {
		version: PROGRESS_VERSION,
		updatedAt: now,
		modules: {},
		quizAttempts: {},
		assessments: {},
		roleplayRuns: {},
		roleplaySnapshots: {},
		assignments: {},
		notes: {},
	};
}
