import { z } from 'astro/zod';
import { ContentIdSchema, MinutesSchema, TextSchema } from './common';
import { MOODS, OUTCOMES } from './roleplay-constants';

export { MOODS, OUTCOMES, type Mood, type Outcome } from './roleplay-constants';

/**
 * A role-play scenario (`content/roleplays/<id>.yaml`): a conversation with a counterpart in which the
 * learner picks what to say, and every choice moves the six relationship-quality meters.
 *
 * The schema checks the shape of each field. What depends on the graph as a whole (targets exist,
 * every node is reachable and leads to an ending, meter and flag names are known, no cycle without a
 * way out) is checked by `src/lib/roleplay/validate-scenario.ts`, so the build can name the node.
 */

/** How the counterpart comes across at a node; shown next to their line. */
export const MoodSchema = z.enum(MOODS);

/** How an ending leaves the relationship, from best to worst. */
export const OutcomeSchema = z.enum(OUTCOMES);

/** Meter names as authors write them; the validator checks they are among the six meters. */
const MeterNameSchema = z.string();

/** A flag: a fact the conversation remembers, such as "zusage-gegeben". */
export const FlagSchema = ContentIdSchema;

/**
 * When a choice is on offer. All given parts must hold.
 * Example: `{ min: { vertrauen: 60 }, flags: [rueckruf-zugesagt] }`.
 */
export const ConditionSchema = z
	.strictObject({
		/** Lowest value per meter: `{ vertrauen: 60 }` means Vertrauen at least 60. */
		min: z.record(MeterNameSchema, z.number().int()).optional(),
		/** Highest value per meter: `{ intensitaet: 70 }` means Intensität at most 70. */
		max: z.record(MeterNameSchema, z.number().int()).optional(),
		/** Flags an earlier choice must have set. */
		flags: z.array(FlagSchema).optional(),
		/** Flags no earlier choice may have set. */
		notFlags: z.array(FlagSchema).optional(),
	})
	.refine(
		(c) => Object.values(c).some((part) => part !== undefined && Object.keys(part).length > 0),
		'Eine Bedingung braucht mindestens "min", "max", "flags" oder "notFlags".',
	);

/** Something the learner can say. */
export const ChoiceSchema = z.strictObject({
	/** Unique within the scenario; stored in recorded runs, so do not reuse it for another choice. */
	id: ContentIdSchema,
	/** What the learner says, in their own voice. */
	text: TextSchema,
	/** Signed change per meter, e.g. `{ vertrauen: 10, sympathie: -5 }`. Results are clamped to 0–100. */
	effects: z.record(MeterNameSchema, z.number().int().min(-100).max(100)).default({}),
	/** When the choice is offered; without a condition it always is. */
	condition: ConditionSchema.optional(),
	/** Flags this choice sets, for conditions later in the conversation. */
	sets: z.array(FlagSchema).default([]),
	/** Why this choice works or backfires; shown in the debrief. */
	why: TextSchema,
	/** Id of the node or ending the conversation goes to. */
	target: ContentIdSchema,
});

/** One turn of the counterpart and the learner's options. */
export const NodeSchema = z.strictObject({
	/** Unique among the scenario's nodes and endings. */
	id: ContentIdSchema,
	/** How the counterpart comes across. */
	mood: MoodSchema,
	/** Optional stage direction before the line, e.g. "Frau Keller sieht auf die Uhr." */
	narration: TextSchema.optional(),
	/** What the counterpart says. */
	says: TextSchema,
	/** What the learner can answer; at least one is always on offer (the validator checks). */
	choices: z.array(ChoiceSchema).min(1, 'Ein Knoten braucht mindestens eine Auswahl.'),
});

/** Where a conversation ends, with what the trainer would say about it. */
export const EndingSchema = z.strictObject({
	/** Unique among the scenario's nodes and endings. */
	id: ContentIdSchema,
	outcome: OutcomeSchema,
	/** Short title of the ending, e.g. "Der Wartungsvertrag wird verlängert". */
	title: TextSchema,
	/** The counterpart's last words (optional). */
	says: TextSchema.optional(),
	/** What happened and why. */
	explanation: TextSchema,
	/** The advice a trainer would give. */
	advice: TextSchema,
});

/** The person the learner talks with. */
export const CounterpartSchema = z.strictObject({
	name: TextSchema,
	/** Position, e.g. "Leiterin Instandhaltung". */
	position: TextSchema,
	company: TextSchema,
	/** What they are like, e.g. "sachlich, ungeduldig bei Allgemeinplätzen". */
	temperament: TextSchema,
});

export const RoleplaySchema = z.strictObject({
	/** Title as learners see it. */
	title: TextSchema,
	/** One or two sentences for the list of role-plays. */
	summary: TextSchema,
	/** The situation the learner walks into. */
	situation: TextSchema,
	/** Who the learner plays, e.g. "Sie sind Servicetechnikerin bei …". */
	learnerRole: TextSchema,
	counterpart: CounterpartSchema,
	/** What the learner should practise. */
	learningGoal: TextSchema,
	/** Ids of the course modules this role-play practises (at least one). */
	modules: z.array(ContentIdSchema).min(1, 'Mindestens ein Modul angeben.'),
	/** Estimated minutes for one run. */
	minutes: MinutesSchema,
	/** Id of the first node; without it the first node in `nodes`. */
	start: ContentIdSchema.optional(),
	/** Starting values for meters that should not start at 50, e.g. `{ vertrauen: 35 }` after a complaint. */
	initialMeters: z.record(MeterNameSchema, z.number().int()).default({}),
	nodes: z.array(NodeSchema).min(1),
	endings: z.array(EndingSchema).min(1),
});

export type Roleplay = z.infer<typeof RoleplaySchema>;
export type RoleplayNode = z.infer<typeof NodeSchema>;
export type RoleplayChoice = z.infer<typeof ChoiceSchema>;
export type RoleplayEnding = z.infer<typeof EndingSchema>;
export type RoleplayCondition = z.infer<typeof ConditionSchema>;
