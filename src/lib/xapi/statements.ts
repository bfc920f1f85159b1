import type { QuestionType } from '../../schemas/quiz';
import {
	METER_IDS,
	METER_MAX,
	METER_MIN,
	type MeterValues,
	type Outcome,
} from '../../schemas/roleplay-constants';

/**
 * xAPI 1.0.3 statements for what a learner does on the site, as plain JSON objects: no xAPI
 * library, no globals. Everything a statement needs from outside (site address, learner, id and
 * clock) comes in through a `BuilderContext`, so the same input always gives the same statement.
 *
 * Verbs are ADL's (http://adlnet.gov/expapi/verbs/…), activity types ADL's and cmi5's
 * (http://adlnet.gov/expapi/activities/…). Every activity id is an IRI under the site's address,
 * made by `activityIri`, so an activity keeps its id across builds and learners:
 *
 * | activity               | IRI (under siteUrl)                      | type             |
 * | ---------------------- | ---------------------------------------- | ---------------- |
 * | the course             | `xapi/course/<course>`                   | course           |
 * | a learning path        | `xapi/path/<path>`                       | course           |
 * | a module               | `xapi/module/<module>`                   | module           |
 * | a check or path test   | `xapi/<kind>/<quiz>`                     | assessment       |
 * | a question of it       | `xapi/<kind>/<quiz>/<question>`          | cmi.interaction  |
 * | a self-assessment      | `xapi/self-assessment/<assessment>`      | assessment       |
 * | one of its dimensions  | `xapi/self-assessment/<assessment>/<dim>`| objective        |
 * | a role-play            | `xapi/roleplay/<roleplay>`               | simulation       |
 * | one of its nodes       | `xapi/roleplay/<roleplay>/<node>`        | cmi.interaction  |
 *
 * A path is typed a course (see `ACTIVITY_TYPES.path`). `<kind>` is `check`, `entry-test` or
 * `final-test`: a path's tests may share the path's id, so the kind keeps them apart.
 * Site-specific result extensions live under `xapi/extensions/<name>`.
 *
 * The builders throw a RangeError or TypeError on input no valid statement can be made from (a
 * score beyond its bounds, a meter outside 0–100, a site address that is not absolute): such input
 * is a programming error, and a statement an LRS would refuse is worse than none.
 */

/** A named thing of the course: its content id and its German title. */
export interface ActivityRef {
	id: string;
	title: string;
}

/** The learner, identified by e-mail (`mailto:` is added when missing) or by an LMS account. */
export type ActorInput =
	{ name?: string; mbox: string } | { name?: string; account: { homePage: string; name: string } };

/** What every builder needs from outside; the caller injects id generator and clock. */
export interface BuilderContext {
	/** The site's absolute address including its base path, e.g. `https://kurs.example/`. */
	siteUrl: string;
	actor: ActorInput;
	/** A fresh UUID v4 per call (statement ids). */
	id: () => string;
	/** The current time as an ISO 8601 timestamp. */
	now: () => string;
	course: ActivityRef;
	/** The learning path the learner is in, if any: the parent of what has no closer one. */
	path?: ActivityRef;
}

export type LanguageMap = Record<string, string>;

export type XapiAgent = { objectType: 'Agent'; name?: string } & (
	{ mbox: string } | { account: { homePage: string; name: string } }
);

export interface XapiVerb {
	id: string;
	display: LanguageMap;
}

export type XapiInteractionType = 'choice' | 'true-false' | 'sequencing' | 'matching';

export interface XapiInteractionComponent {
	id: string;
	description: LanguageMap;
}

export interface XapiActivityDefinition {
	type: string;
	name: LanguageMap;
	interactionType?: XapiInteractionType;
	correctResponsesPattern?: string[];
	choices?: XapiInteractionComponent[];
	source?: XapiInteractionComponent[];
	target?: XapiInteractionComponent[];
}

export interface XapiActivity {
	objectType: 'Activity';
	id: string;
	definition: XapiActivityDefinition;
}

export interface XapiScore {
	scaled: number;
	raw: number;
	min: number;
	max: number;
}

export interface XapiResult {
	score?: XapiScore;
	success?: boolean;
	completion?: boolean;
	response?: string;
	/** Extension IRI → JSON value. */
	extensions?: Record<string, unknown>;
}

export interface XapiContext {
	contextActivities: { grouping: XapiActivity[]; parent?: XapiActivity[] };
	platform: typeof PLATFORM;
	language: typeof LANGUAGE;
}

export interface XapiStatement {
	id: string;
	timestamp: string;
	actor: XapiAgent;
	verb: XapiVerb;
	object: XapiActivity;
	result?: XapiResult;
	context: XapiContext;
}

export const PLATFORM = 'beziehungsweise';
export const LANGUAGE = 'de';

const verb = (name: string, de: string): XapiVerb => ({
	id: `http://adlnet.gov/expapi/verbs/${name}`,
	display: { 'de-DE': de, 'en-US': name },
});

/** The ADL verbs the site uses. */
export const VERBS = {
	experienced: verb('experienced', 'erlebt'),
	completed: verb('completed', 'abgeschlossen'),
	answered: verb('answered', 'beantwortet'),
	passed: verb('passed', 'bestanden'),
	failed: verb('failed', 'nicht bestanden'),
	responded: verb('responded', 'reagiert'),
	/** A self-assessment's dimension: the statement exists to carry a score, not a completion. */
	scored: verb('scored', 'bewertet'),
} as const;

const ADL_ACTIVITIES = 'http://adlnet.gov/expapi/activities/';
/** The activity types the site uses. */
export const ACTIVITY_TYPES = {
	course: `${ADL_ACTIVITIES}course`,
	/**
	 * A learning path is what an LMS gets as one course (one SCORM package per path, with its own
	 * certificate), and ADL has no type between course and module, so a path is typed a course too.
	 * Its IRI (`xapi/path/…`) keeps it apart from the site's course.
	 */
	path: `${ADL_ACTIVITIES}course`,
	module: `${ADL_ACTIVITIES}module`,
	assessment: `${ADL_ACTIVITIES}assessment`,
	interaction: `${ADL_ACTIVITIES}cmi.interaction`,
	/** A self-assessment's dimension: an area of competence the learner rates themselves on. */
	objective: `${ADL_ACTIVITIES}objective`,
	simulation: `${ADL_ACTIVITIES}simulation`,
} as const;

export type QuizKind = 'check' | 'entry-test' | 'final-test';
export type ActivityKind = 'course' | 'path' | 'module' | QuizKind | 'self-assessment' | 'roleplay';

/** The site's address as a base that ends in "/"; throws unless it is absolute, without ?query or #fragment. */
function siteBase(siteUrl: string): string {
	if (!/^[a-z][a-z\d+.-]*:\/\/[^\s/?#]+[^\s?#]*$/i.test(siteUrl)) {
		throw new TypeError(`xAPI: siteUrl must be an absolute address, got "${siteUrl}".`);
	}
	return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}

/**
 * The stable IRI of an activity: `<siteUrl>xapi/<kind>/<id>[/<id>…]`, every segment
 * percent-encoded, so ids with "/", spaces or umlauts neither break the IRI nor meet another
 * activity's (the mapping is one-to-one). Content ids need no escape; keep it so: Learning
 * Locker's IRI check (xapi-validation) takes time exponential in the number of %-escapes.
 */
export function activityIri(
	siteUrl: string,
	kind: ActivityKind,
	id: string,
	...ids: string[]
): string {
	return `${siteBase(siteUrl)}xapi/${[kind, id, ...ids].map(encodeURIComponent).join('/')}`;
}

/** The IRI of one of the site's result extensions. */
export const extensionIri = (siteUrl: string, name: 'meters' | 'outcome' | 'ending'): string =>
	`${siteBase(siteUrl)}xapi/extensions/${name}`;

/** The xAPI interaction type of each of the site's question types (schemas/quiz.ts). */
export function interactionTypeOf(type: QuestionType): XapiInteractionType {
	switch (type) {
		case 'single':
		case 'multiple':
			return 'choice';
		case 'truefalse':
			return 'true-false';
		case 'ordering':
			return 'sequencing';
		case 'matching':
			return 'matching';
	}
}

/** Responses in xAPI's pattern syntax (xAPI 1.0.3, "Interaction Activities"). */
export const responsePattern = {
	/** The chosen components' ids, e.g. "a[,]c". */
	choice: (ids: readonly string[]): string => ids.join('[,]'),
	trueFalse: (value: boolean): string => String(value),
	/** The components' ids in the learner's order, e.g. "x[,]y[,]z". */
	sequencing: (ids: readonly string[]): string => ids.join('[,]'),
	/** Source → target pairs, e.g. "a[.]1[,]b[.]2". */
	matching: (pairs: readonly (readonly [source: string, target: string])[]): string =>
		pairs.map(([source, target]) => `${source}[.]${target}`).join('[,]'),
};

/** `raw` on the scale from `min` to `max` as 0–1, rounded to two decimals. */
export function scaledScore(raw: number, min: number, max: number): number {
	return Math.round(((raw - min) * 100) / (max - min)) / 100;
}

function score(raw: number, min: number, max: number): XapiScore {
	const finite = [raw, min, max].every(Number.isFinite);
	if (!finite || max <= min || raw < min || raw > max) {
		throw new RangeError(`xAPI: score ${raw} is not on a scale from ${min} to ${max}.`);
	}
	return { scaled: scaledScore(raw, min, max), raw, min, max };
}

/** The six meters, in their fixed order and nothing else; throws when one is missing or beyond 0–100. */
function meterValues(meters: MeterValues): MeterValues {
	return Object.fromEntries(
		METER_IDS.map((id) => {
			const value = meters[id];
			if (!Number.isFinite(value) || value < METER_MIN || value > METER_MAX) {
				throw new RangeError(
					`xAPI: meter "${id}" is ${value}, not within ${METER_MIN}–${METER_MAX}.`,
				);
			}
			return [id, value];
		}),
	) as MeterValues;
}

function agent(actor: ActorInput): XapiAgent {
	const name = actor.name === undefined ? {} : { name: actor.name };
	if ('account' in actor) {
		const { homePage, name: accountName } = actor.account;
		return { objectType: 'Agent', ...name, account: { homePage, name: accountName } };
	}
	const mbox = actor.mbox.startsWith('mailto:') ? actor.mbox : `mailto:${actor.mbox}`;
	return { objectType: 'Agent', ...name, mbox };
}

function activity(
	id: string,
	type: string,
	title: string,
	interaction: Omit<XapiActivityDefinition, 'type' | 'name'> = {},
): XapiActivity {
	return { objectType: 'Activity', id, definition: { type, name: { de: title }, ...interaction } };
}

const courseActivity = (ctx: BuilderContext) =>
	activity(
		activityIri(ctx.siteUrl, 'course', ctx.course.id),
		ACTIVITY_TYPES.course,
		ctx.course.title,
	);
const pathActivity = (ctx: BuilderContext, path: ActivityRef) =>
	activity(activityIri(ctx.siteUrl, 'path', path.id), ACTIVITY_TYPES.path, path.title);
const moduleActivity = (ctx: BuilderContext, module: ActivityRef) =>
	activity(activityIri(ctx.siteUrl, 'module', module.id), ACTIVITY_TYPES.module, module.title);
const quizActivity = (ctx: BuilderContext, kind: QuizKind, quiz: ActivityRef) =>
	activity(activityIri(ctx.siteUrl, kind, quiz.id), ACTIVITY_TYPES.assessment, quiz.title);
const roleplayActivity = (ctx: BuilderContext, roleplay: ActivityRef) =>
	activity(
		activityIri(ctx.siteUrl, 'roleplay', roleplay.id),
		ACTIVITY_TYPES.simulation,
		roleplay.title,
	);

const components = (items: readonly ComponentInput[]): XapiInteractionComponent[] =>
	items.map(({ id, text }) => ({ id, description: { de: text } }));

/**
 * One statement. The parent is the given activity, else the context's path; the grouping holds the
 * course and the path unless it is the parent already (or the object itself).
 */
function statement(
	ctx: BuilderContext,
	verbOf: XapiVerb,
	object: XapiActivity,
	{ parent, result }: { parent?: XapiActivity; result?: XapiResult } = {},
): XapiStatement {
	const path = ctx.path && pathActivity(ctx, ctx.path);
	const parentActivity = parent ?? (path?.id === object.id ? undefined : path);
	const grouping = [courseActivity(ctx), path].filter(
		(a): a is XapiActivity => a !== undefined && a.id !== object.id && a.id !== parentActivity?.id,
	);
	return {
		id: ctx.id(),
		timestamp: ctx.now(),
		actor: agent(ctx.actor),
		verb: verbOf,
		object,
		...(result && { result }),
		context: {
			contextActivities: { grouping, ...(parentActivity && { parent: [parentActivity] }) },
			platform: PLATFORM,
			language: LANGUAGE,
		},
	};
}

/** The learner opened a module. */
export const moduleExperienced = (ctx: BuilderContext, module: ActivityRef): XapiStatement =>
	statement(ctx, VERBS.experienced, moduleActivity(ctx, module));

/** The learner completed a module (all sections read, its check passed). */
export const moduleCompleted = (ctx: BuilderContext, module: ActivityRef): XapiStatement =>
	statement(ctx, VERBS.completed, moduleActivity(ctx, module), { result: { completion: true } });

/** An answer option, an item to order or one side of a matching pair. */
export interface ComponentInput {
	id: string;
	text: string;
}

/** The interaction components each type has (xAPI allows no others on it). */
export type InteractionInput =
	| { interactionType: 'choice' | 'sequencing'; choices?: readonly ComponentInput[] }
	| { interactionType: 'true-false' }
	| {
			interactionType: 'matching';
			source?: readonly ComponentInput[];
			target?: readonly ComponentInput[];
	  };

export type QuestionAnsweredInput = InteractionInput & {
	quiz: ActivityRef;
	/** Which kind of test the question was asked in; a module's check when absent. */
	kind?: QuizKind;
	question: { id: string; text: string };
	/** The learner's response in xAPI's pattern syntax (`responsePattern`). */
	response: string;
	success: boolean;
	/** The right response in the same syntax, for the definition's `correctResponsesPattern`. */
	correctResponse?: string;
};

function interactionComponents(
	input: InteractionInput,
): Pick<XapiActivityDefinition, 'choices' | 'source' | 'target'> {
	switch (input.interactionType) {
		case 'choice':
		case 'sequencing':
			return input.choices ? { choices: components(input.choices) } : {};
		case 'matching':
			return {
				...(input.source && { source: components(input.source) }),
				...(input.target && { target: components(input.target) }),
			};
		case 'true-false':
			return {};
	}
}

/** The learner answered one question of a check or path test. */
export function questionAnswered(ctx: BuilderContext, input: QuestionAnsweredInput): XapiStatement {
	const kind = input.kind ?? 'check';
	const question = activity(
		activityIri(ctx.siteUrl, kind, input.quiz.id, input.question.id),
		ACTIVITY_TYPES.interaction,
		input.question.text,
		{
			interactionType: input.interactionType,
			...(input.correctResponse !== undefined && {
				correctResponsesPattern: [input.correctResponse],
			}),
			...interactionComponents(input),
		},
	);
	return statement(ctx, VERBS.answered, question, {
		parent: quizActivity(ctx, kind, input.quiz),
		result: { success: input.success, response: input.response },
	});
}

/** A finished attempt at a check, entry test or final test: passed or failed, with its score. */
export function checkResult(
	ctx: BuilderContext,
	input: { quiz: ActivityRef; kind: QuizKind; scoreRaw: number; scoreMax: number; passed: boolean },
): XapiStatement {
	return statement(
		ctx,
		input.passed ? VERBS.passed : VERBS.failed,
		quizActivity(ctx, input.kind, input.quiz),
		{
			result: {
				score: score(input.scoreRaw, 0, input.scoreMax),
				success: input.passed,
				completion: true,
			},
		},
	);
}

/** A learning path finished: "completed", and "passed" after it when its final test was passed. */
export function pathFinished(
	ctx: BuilderContext,
	input: { path: ActivityRef; passed: boolean },
): XapiStatement[] {
	const path = pathActivity(ctx, input.path);
	const completed = statement(ctx, VERBS.completed, path, { result: { completion: true } });
	if (!input.passed) return [completed];
	return [
		completed,
		statement(ctx, VERBS.passed, path, { result: { success: true, completion: true } }),
	];
}

/**
 * A self-assessment's result on one dimension, one statement per dimension. The verb is "scored"
 * rather than "completed": what the learner did is rate themselves, the statement carries that
 * rating, and it neither passes nor fails. The object is the dimension (an objective under the
 * assessment's IRI), its parent the assessment. The score may be a mean (not whole); `scaled`
 * maps the scale's bottom to 0 and its top to 1.
 */
export function selfAssessmentResult(
	ctx: BuilderContext,
	input: {
		assessment: ActivityRef;
		dimension: ActivityRef;
		score: number;
		/** The scale's bottom; 1 when absent. */
		scaleMin?: number;
		scaleMax: number;
	},
): XapiStatement {
	const { assessment, dimension } = input;
	return statement(
		ctx,
		VERBS.scored,
		activity(
			activityIri(ctx.siteUrl, 'self-assessment', assessment.id, dimension.id),
			ACTIVITY_TYPES.objective,
			dimension.title,
		),
		{
			parent: activity(
				activityIri(ctx.siteUrl, 'self-assessment', assessment.id),
				ACTIVITY_TYPES.assessment,
				assessment.title,
			),
			result: { score: score(input.score, input.scaleMin ?? 1, input.scaleMax) },
		},
	);
}

/**
 * The learner chose a response at a role-play node. The object is the node as a choice interaction
 * (named after the node's title, else the role-play's), listing the choices offered, or at least
 * the one taken; the result holds the choice's id and the six meters after it.
 */
export function roleplayResponded(
	ctx: BuilderContext,
	input: {
		roleplay: ActivityRef;
		node: { id: string; title?: string };
		choice: ComponentInput;
		/** Every choice the node offered; the one taken alone when absent. */
		choices?: readonly ComponentInput[];
		meters: MeterValues;
	},
): XapiStatement {
	const { roleplay, node, choice } = input;
	const meters = meterValues(input.meters);
	return statement(
		ctx,
		VERBS.responded,
		activity(
			activityIri(ctx.siteUrl, 'roleplay', roleplay.id, node.id),
			ACTIVITY_TYPES.interaction,
			node.title ?? roleplay.title,
			{ interactionType: 'choice', choices: components(input.choices ?? [choice]) },
		),
		{
			parent: roleplayActivity(ctx, roleplay),
			result: {
				response: choice.id,
				extensions: { [extensionIri(ctx.siteUrl, 'meters')]: meters },
			},
		},
	);
}

/** A role-play reached an ending: "completed", with the ending, its outcome and the meters. */
export function roleplayEnded(
	ctx: BuilderContext,
	input: { roleplay: ActivityRef; ending: ActivityRef; outcome: Outcome; meters: MeterValues },
): XapiStatement {
	const meters = meterValues(input.meters);
	return statement(ctx, VERBS.completed, roleplayActivity(ctx, input.roleplay), {
		result: {
			completion: true,
			extensions: {
				[extensionIri(ctx.siteUrl, 'ending')]: { id: input.ending.id, title: input.ending.title },
				[extensionIri(ctx.siteUrl, 'outcome')]: input.outcome,
				[extensionIri(ctx.siteUrl, 'meters')]: meters,
			},
		},
	});
}
