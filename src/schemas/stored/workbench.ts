import * as v from 'valibot';
import { METER_IDS } from '../roleplay-constants';
import { CalendarDateSchema } from './assignment';
import { plainTextSchema } from './plain-text';
import { RecordKeySchema } from './record-key';
import { TimestampSchema } from './timestamp';

/**
 * The relationship workbench: the learner's own customers, worked on in the browser (portfolio,
 * relationship map, quality ratings, action plan) and the strategy profile of their company. All
 * of it is typed by the learner or read from an imported file, so every text is bounded plain text
 * (plain-text.ts), every list has a limit, and references between the lists must resolve.
 */

/** The six criteria of relationship quality: the role-plays' meter ids, one vocabulary for both. */
export const CRITERIA = METER_IDS;
export type Criterion = (typeof CRITERIA)[number];

/** The diagnosis module's questions: who starts it, writes the spec, frees the budget, can veto, uses it. */
export const BUYING_ROLES = [
	'anstoss',
	'spezifikation',
	'budget',
	'veto',
	'anwendung',
	'sonstige',
] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export const ATTITUDES = ['foerdernd', 'neutral', 'kritisch'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const ACTION_STATUS = ['offen', 'erledigt', 'verworfen'] as const;
export type ActionStatus = (typeof ACTION_STATUS)[number];

export const REVENUE_BANDS = ['klein', 'mittel', 'gross'] as const;
export type RevenueBand = (typeof REVENUE_BANDS)[number];

/** The five poles of the goals-and-strategies module; titles are in lib/workbench/strategy-profile.ts. */
export const STRATEGY_PAIR_IDS = ['reichweite', 'netz', 'steuerung', 'dauer', 'zuschnitt'] as const;
export type StrategyPairId = (typeof STRATEGY_PAIR_IDS)[number];

export const WORKBENCH_LIMITS = {
	name: 80,
	segment: 60,
	function: 80,
	what: 200,
	who: 80,
	people: 40,
	personCommittees: 10,
	committees: 20,
	ourContacts: 30,
	links: 300,
	ratings: 200,
	actions: 200,
} as const;

const L = WORKBENCH_LIMITS;
const intRange = (min: number, max: number) =>
	v.pipe(
		v.number('ist keine Zahl'),
		v.integer('ist keine ganze Zahl'),
		v.minValue(min, `ist kleiner als ${min}`),
		v.maxValue(max, `ist größer als ${max}`),
	);
/** The workbench's five-point scales (influence, strength, profitability, a criterion's rating). */
const grade = intRange(1, 5);
const list = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(
		v.array(item, 'ist keine Liste'),
		v.maxLength(max, `hat zu viele Einträge (höchstens ${max})`),
	);
const optionalText = (max: number) => plainTextSchema(max, { required: false });

export const WorkbenchPersonSchema = v.object({
	id: RecordKeySchema,
	/** A person's name, or a function where the learner would rather not store names. */
	name: plainTextSchema(L.name),
	function: optionalText(L.function),
	buyingRole: v.picklist(BUYING_ROLES, 'ist keine bekannte Rolle im Kaufprozess'),
	influence: grade,
	attitude: v.picklist(ATTITUDES, 'ist keine bekannte Haltung'),
	/** Ids of the customer's committees this person sits in. */
	committees: list(RecordKeySchema, L.personCommittees),
	/** Involved in a current project or decision. */
	relevantNow: v.boolean('ist weder ja noch nein'),
});

export const WorkbenchCommitteeSchema = v.object({
	id: RecordKeySchema,
	name: plainTextSchema(L.name),
	/** A standing body (Investitionsausschuss) or a process (Ausschreibung, Abnahme). */
	kind: v.picklist(['gremium', 'ablauf'], 'ist weder Gremium noch Ablauf'),
});

/** A colleague in the learner's own company. */
export const OurContactSchema = v.object({
	id: RecordKeySchema,
	name: plainTextSchema(L.name),
	function: optionalText(L.function),
});

/** How close one of our contacts is to one of the customer's people (the relationship matrix). */
export const WorkbenchLinkSchema = v.object({
	personId: RecordKeySchema,
	contactId: RecordKeySchema,
	strength: grade,
});

/** A value from 1 to 5 for each of the six criteria (all six, no others). */
export const CriterionValuesSchema = v.object(
	Object.fromEntries(CRITERIA.map((id) => [id, grade])) as Record<Criterion, typeof grade>,
);

export const QualityRatingSchema = v.object({
	id: RecordKeySchema,
	personId: RecordKeySchema,
	date: CalendarDateSchema,
	values: CriterionValuesSchema,
});

export const WorkbenchActionSchema = v.object({
	id: RecordKeySchema,
	/** The person the step is for; none for a step about the customer as a whole. */
	personId: v.optional(RecordKeySchema),
	what: plainTextSchema(L.what),
	who: plainTextSchema(L.who),
	due: CalendarDateSchema,
	/** When to look again whether the step worked (Nachfassen). */
	followUp: CalendarDateSchema,
	/** The criterion of relationship quality the step is meant to strengthen. */
	criterion: v.picklist(CRITERIA, 'ist kein Kriterium der Beziehungsqualität'),
	status: v.picklist(ACTION_STATUS, 'ist kein bekannter Stand'),
});

const unique = (ids: string[]) => new Set(ids).size === ids.length;
const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));

export const WorkbenchCustomerSchema = v.pipe(
	v.object({
		updatedAt: TimestampSchema,
		name: plainTextSchema(L.name),
		segment: optionalText(L.segment),
		revenueBand: v.optional(v.picklist(REVENUE_BANDS, 'ist keine bekannte Umsatzgröße')),
		profitability: grade,
		futureChances: grade,
		/** True for the worked example the workbench offers, so the UI can mark and reset it. */
		example: v.optional(v.boolean('ist weder ja noch nein')),
		people: list(WorkbenchPersonSchema, L.people),
		committees: list(WorkbenchCommitteeSchema, L.committees),
		ourContacts: list(OurContactSchema, L.ourContacts),
		links: list(WorkbenchLinkSchema, L.links),
		ratings: list(QualityRatingSchema, L.ratings),
		actions: list(WorkbenchActionSchema, L.actions),
	}),
	// Duplicate ids would make a reference ambiguous; each list is checked where it is.
	v.forward(
		v.check((c) => unique(c.people.map((p) => p.id)), 'enthält eine Person doppelt'),
		['people'],
	),
	v.forward(
		v.check((c) => unique(c.committees.map((g) => g.id)), 'enthält ein Gremium doppelt'),
		['committees'],
	),
	v.forward(
		v.check(
			(c) => unique(c.ourContacts.map((k) => k.id)),
			'enthält eine Kollegin oder einen Kollegen doppelt',
		),
		['ourContacts'],
	),
	v.forward(
		v.check(
			(c) => unique(c.links.map((l) => `${l.personId}\u0000${l.contactId}`)),
			'enthält eine Verbindung doppelt',
		),
		['links'],
	),
	v.forward(
		v.check((c) => unique(c.ratings.map((r) => r.id)), 'enthält eine Einschätzung doppelt'),
		['ratings'],
	),
	v.forward(
		v.check((c) => unique(c.actions.map((a) => a.id)), 'enthält eine Maßnahme doppelt'),
		['actions'],
	),
	// Every reference names something in the same customer: no dangling lines on the map.
	v.forward(
		v.check((c) => {
			const known = ids(c.committees);
			return c.people.every((p) => p.committees.every((id) => known.has(id)));
		}, 'Eine Person gehört zu einem Gremium, das es bei diesem Kunden nicht gibt'),
		['people'],
	),
	v.forward(
		v.check((c) => {
			const people = ids(c.people);
			return c.links.every((l) => people.has(l.personId));
		}, 'Eine Verbindung nennt eine Person, die es bei diesem Kunden nicht gibt'),
		['links'],
	),
	v.forward(
		v.check((c) => {
			const contacts = ids(c.ourContacts);
			return c.links.every((l) => contacts.has(l.contactId));
		}, 'Eine Verbindung nennt jemanden aus Ihrem Haus, den es in der Liste nicht gibt'),
		['links'],
	),
	v.forward(
		v.check((c) => {
			const people = ids(c.people);
			return c.ratings.every((r) => people.has(r.personId));
		}, 'Eine Einschätzung nennt eine Person, die es bei diesem Kunden nicht gibt'),
		['ratings'],
	),
	v.forward(
		v.check((c) => {
			const people = ids(c.people);
			return c.actions.every((a) => a.personId === undefined || people.has(a.personId));
		}, 'Eine Maßnahme nennt eine Person, die es bei diesem Kunden nicht gibt'),
		['actions'],
	),
);

const percent = intRange(0, 100);
/** A position between a pair's two poles for each of the five pairs: 0 the left pole, 100 the right. */
export const StrategyPositionsSchema = v.object(
	Object.fromEntries(STRATEGY_PAIR_IDS.map((id) => [id, percent])) as Record<
		StrategyPairId,
		typeof percent
	>,
);

/** Where the learner's company stands on the five strategy pairs, and where it wants to be. */
export const StrategyProfileSchema = v.object({
	updatedAt: TimestampSchema,
	current: StrategyPositionsSchema,
	target: StrategyPositionsSchema,
});

export type WorkbenchPerson = v.InferOutput<typeof WorkbenchPersonSchema>;
export type WorkbenchCommittee = v.InferOutput<typeof WorkbenchCommitteeSchema>;
export type OurContact = v.InferOutput<typeof OurContactSchema>;
export type WorkbenchLink = v.InferOutput<typeof WorkbenchLinkSchema>;
export type CriterionValues = v.InferOutput<typeof CriterionValuesSchema>;
export type QualityRating = v.InferOutput<typeof QualityRatingSchema>;
export type WorkbenchAction = v.InferOutput<typeof WorkbenchActionSchema>;
export type WorkbenchCustomer = v.InferOutput<typeof WorkbenchCustomerSchema>;
export type StrategyPositions = v.InferOutput<typeof StrategyPositionsSchema>;
export type StrategyProfile = v.InferOutput<typeof StrategyProfileSchema>;
