import * as v from 'valibot';
import { AssignmentSchema } from './assignment';
import { ContentIdSchema } from './content-id';
import { TimestampSchema } from './timestamp';

/**
 * A completion record: what a learner exports for one assignment and HR imports into the team
 * overview. Self-reported (it comes from the learner's browser), so HR's page validates every
 * file strictly and says plainly that verified tracking is what the LMS packages are for.
 */

export const RECORD_FORMAT = 'beziehungsweise-abschlussnachweis';
export const RECORD_VERSION = 1;

const Status = v.picklist(['not-started', 'in-progress', 'completed'], 'ist kein bekannter Status');
const Percent = v.pipe(
	v.number('ist keine Zahl'),
	v.minValue(0, 'ist kleiner als 0'),
	v.maxValue(100, 'ist größer als 100'),
);
const Count = v.pipe(
	v.number('ist keine Zahl'),
	v.integer('ist keine ganze Zahl'),
	v.minValue(0, 'ist kleiner als 0'),
	v.maxValue(10_000, 'ist zu groß'),
);
const Title = v.pipe(
	v.string('ist kein Text'),
	v.maxLength(300, 'ist zu lang (höchstens 300 Zeichen)'),
);

export const ModuleRecordSchema = v.strictObject({
	id: ContentIdSchema,
	title: Title,
	status: Status,
	sectionsRead: Count,
	sectionsTotal: Count,
	firstVisitedAt: v.optional(TimestampSchema),
	completedAt: v.optional(TimestampSchema),
	/** The module's knowledge check, when it has one. */
	quiz: v.optional(
		v.strictObject({
			id: ContentIdSchema,
			attempts: Count,
			best: v.optional(Percent),
			last: v.optional(Percent),
			passed: v.boolean('ist weder ja noch nein'),
			passedAt: v.optional(TimestampSchema),
		}),
	),
});

/** A learning path's entry and final test (absent in records made before path tests). */
export const PathTestRecordSchema = v.strictObject({
	pathId: ContentIdSchema,
	title: Title,
	entry: v.optional(Percent),
	final: v.optional(Percent),
	passed: v.boolean('ist weder ja noch nein'),
	passedAt: v.optional(TimestampSchema),
	/** When the path became complete; with `final` it gives the certificate's verification code. */
	completedAt: v.optional(TimestampSchema),
});

/** Who issued the course (content/site.yaml); absent in records exported before it was added. */
export const IssuerSchema = v.strictObject({
	platform: Title,
	course: Title,
	provider: Title,
});

export const CompletionRecordSchema = v.strictObject({
	format: v.literal(RECORD_FORMAT, 'ist nicht das eines Abschlussnachweises'),
	version: v.literal(RECORD_VERSION, 'ist unbekannt'),
	exportedAt: TimestampSchema,
	issuer: v.optional(IssuerSchema),
	/** The assignment as the learner received it, including their name. */
	assignment: AssignmentSchema,
	acceptedAt: TimestampSchema,
	status: Status,
	completedAt: v.optional(TimestampSchema),
	/** With paths, the mean of their final tests' best results; otherwise of the knowledge checks' best results; 0–100. */
	score: v.optional(Percent),
	modules: v.pipe(
		v.array(ModuleRecordSchema, 'ist keine Liste'),
		v.maxLength(500, 'sind zu viele'),
	),
	/** Entry and final test of each path the assignment names: the learning gain. */
	pathTests: v.optional(
		v.pipe(v.array(PathTestRecordSchema, 'ist keine Liste'), v.maxLength(100, 'sind zu viele')),
	),
});

export type CompletionRecord = v.InferOutput<typeof CompletionRecordSchema>;
export type Issuer = v.InferOutput<typeof IssuerSchema>;
export type ModuleRecord = v.InferOutput<typeof ModuleRecordSchema>;
export type PathTestRecord = v.InferOutput<typeof PathTestRecordSchema>;
