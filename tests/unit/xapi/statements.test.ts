import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import validateStatement from 'xapi-validation';
import {
	activityIri,
	checkResult,
	interactionTypeOf,
	moduleCompleted,
	moduleExperienced,
	pathFinished,
	questionAnswered,
	responsePattern,
	roleplayEnded,
	roleplayResponded,
	scaledScore,
	selfAssessmentResult,
	type ActivityKind,
	type BuilderContext,
	type QuizKind,
	type XapiStatement,
} from '../../../src/lib/xapi/statements';
import {
	METER_IDS,
	OUTCOMES,
	type MeterId,
	type MeterValues,
} from '../../../src/schemas/roleplay-constants';

/**
 * The xAPI statement builders, each statement also checked by xapi-validation: Learning Locker's
 * conformance-tested rules for xAPI 1.0.x, whose default export returns every problem it finds
 * (rulr warnings, each with a name and a path) and [] for a valid statement.
 */

const SITE = 'https://kurs.example/';
const iri = (path: string) => `${SITE}xapi/${path}`;
const ADL = 'http://adlnet.gov/expapi/';
const TIME = '2026-03-10T08:00:00.000Z';

/** A context whose ids count up (valid v4 UUIDs) and whose clock stands still. */
function context(overrides: Partial<BuilderContext> = {}): BuilderContext {
	let count = 0;
	return {
		siteUrl: SITE,
		actor: { name: 'Ben Koch', mbox: 'mailto:ben.koch@firma.example' },
		id: () => `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`,
		now: () => TIME,
		course: { id: 'beziehungsmanagement', title: 'Beziehungsmanagement' },
		path: { id: 'grundlagen', title: 'Grundlagen der Kundenbeziehung' },
		...overrides,
	};
}
const withoutPath = () => context({ path: undefined });

const course = {
	objectType: 'Activity',
	id: iri('course/beziehungsmanagement'),
	definition: { type: `${ADL}activities/course`, name: { de: 'Beziehungsmanagement' } },
};
const path = {
	objectType: 'Activity',
	id: iri('path/grundlagen'),
	definition: { type: `${ADL}activities/course`, name: { de: 'Grundlagen der Kundenbeziehung' } },
};
const qualityModule = { id: 'beziehungsqualitaet', title: 'Beziehungsqualität' };
const quiz = { id: 'beziehungsqualitaet', title: 'Wissenscheck: Beziehungsqualität' };
const roleplay = { id: 'reklamation', title: 'Die Reklamation' };
const meters: MeterValues = {
	sympathie: 60,
	anerkennung: 55,
	vertrauen: 40,
	gegenseitigkeit: 50,
	intensitaet: 45,
	kompetenz: 70,
};

/** What xapi-validation finds wrong with a statement as an LRS receives it (JSON): [] when valid. */
function problems(statement: unknown): string[] {
	const received: unknown = JSON.parse(JSON.stringify(statement));
	return validateStatement(received).map(
		(warning) =>
			`${warning.name} at ${warning.path.join('.')}: ${String(JSON.stringify(warning.data)).slice(0, 80)}`,
	);
}

/** Plain JSON that survives a round trip unchanged, and valid xAPI. */
function expectValid(statements: readonly XapiStatement[]) {
	for (const statement of statements) {
		expect(JSON.parse(JSON.stringify(statement))).toStrictEqual(statement);
		expect(problems(statement)).toEqual([]);
	}
}

describe('xapi-validation (the check the tests rely on)', () => {
	it('reports what is wrong, so an empty list means something', () => {
		const valid = moduleExperienced(context(), qualityModule);
		expect(problems(valid)).toEqual([]);
		expect(problems({})).not.toEqual([]);
		expect(problems({ ...valid, id: 'not-a-uuid' }).join()).toMatch(/ at statement\.id/);
		const scaledTooHigh = checkResult(context(), {
			quiz,
			kind: 'check',
			scoreRaw: 3,
			scoreMax: 4,
			passed: true,
		});
		scaledTooHigh.result!.score!.scaled = 1.5;
		expect(problems(scaledTooHigh).join()).toMatch(/ at statement\.result\.score\.scaled/);
		const choicesOnTrueFalse = questionAnswered(context(), {
			quiz,
			question: { id: 'q1', text: 'Stimmt das?' },
			interactionType: 'true-false',
			response: 'true',
			success: true,
		});
		choicesOnTrueFalse.object.definition.choices = [{ id: 'a', description: { de: 'A' } }];
		expect(problems(choicesOnTrueFalse)).not.toEqual([]);
	});
});

describe('activityIri', () => {
	it('puts the kind and ids under <siteUrl>xapi/', () => {
		expect(activityIri(SITE, 'module', 'beziehungsqualitaet')).toBe(
			'https://kurs.example/xapi/module/beziehungsqualitaet',
		);
		expect(activityIri(SITE, 'final-test', 'grundlagen', 'q1--q2')).toBe(
			'https://kurs.example/xapi/final-test/grundlagen/q1--q2',
		);
	});

	it('adds the missing "/" to the site address and keeps a base path', () => {
		expect(activityIri('https://kurs.example', 'path', 'x')).toBe(iri('path/x'));
		expect(activityIri('https://lms.example/kurse/bzw', 'path', 'x')).toBe(
			'https://lms.example/kurse/bzw/xapi/path/x',
		);
	});

	it('percent-encodes every segment', () => {
		expect(activityIri(SITE, 'module', 'a/b c')).toBe(iri('module/a%2Fb%20c'));
		expect(activityIri(SITE, 'module', 'Größe', '?#')).toBe(iri('module/Gr%C3%B6%C3%9Fe/%3F%23'));
	});

	it('gives ids that need escaping an IRI xapi-validation accepts', () => {
		const statement = moduleExperienced(context(), { id: 'größe/maß & mehr', title: 'Größe' });
		expect(statement.object.id).toBe(iri('module/gr%C3%B6%C3%9Fe%2Fma%C3%9F%20%26%20mehr'));
		expectValid([statement]);
	});

	it('refuses a site address that is not absolute or carries a query or fragment', () => {
		for (const siteUrl of ['/kurs/', 'kurs.example/', 'https://', 'https://kurs.example/?a=1']) {
			expect(() => activityIri(siteUrl, 'module', 'x'), siteUrl).toThrow(TypeError);
		}
	});

	it('is one-to-one: the segments decode back to kind and ids (property)', () => {
		const kinds: ActivityKind[] = [
			'course',
			'path',
			'module',
			'check',
			'entry-test',
			'final-test',
			'self-assessment',
			'roleplay',
		];
		fc.assert(
			fc.property(
				fc.constantFrom(...kinds),
				fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }),
				(kind, ids) => {
					const [id, ...more] = ids as [string, ...string[]];
					const made = activityIri(SITE, kind, id, ...more);
					expect(activityIri(SITE, kind, id, ...more)).toBe(made);
					expect(made.startsWith(`${SITE}xapi/`)).toBe(true);
					const segments = made.slice(`${SITE}xapi/`.length).split('/');
					expect(segments.map(decodeURIComponent)).toEqual([kind, ...ids]);
				},
			),
		);
	});
});

describe('every statement', () => {
	it('takes its id and timestamp from the context, and names the agent', () => {
		const ctx = context();
		const first = moduleExperienced(ctx, qualityModule);
		const second = moduleCompleted(ctx, qualityModule);
		expect(first.id).toBe('00000000-0000-4000-8000-000000000001');
		expect(second.id).toBe('00000000-0000-4000-8000-000000000002');
		expect(first.timestamp).toBe(TIME);
		expect(first.actor).toEqual({
			objectType: 'Agent',
			name: 'Ben Koch',
			mbox: 'mailto:ben.koch@firma.example',
		});
	});

	it('adds "mailto:" when missing, leaves out an absent name and takes an LMS account', () => {
		const bare = moduleExperienced(
			context({ actor: { mbox: 'ben@firma.example' } }),
			qualityModule,
		);
		expect(bare.actor).toStrictEqual({ objectType: 'Agent', mbox: 'mailto:ben@firma.example' });
		const account = { homePage: 'https://lms.firma.example', name: 'u-4711' };
		const fromLms = moduleExperienced(
			context({ actor: { name: 'Koch, Ben', account } }),
			qualityModule,
		);
		expect(fromLms.actor).toStrictEqual({ objectType: 'Agent', name: 'Koch, Ben', account });
		expectValid([bare, fromLms]);
	});

	it('says where it was made: platform, language, the course as grouping', () => {
		const { context: made } = moduleExperienced(withoutPath(), qualityModule);
		expect(made).toStrictEqual({
			contextActivities: { grouping: [course] },
			platform: 'beziehungsweise',
			language: 'de',
		});
	});

	it('is the same for the same input, so activity ids are stable', () => {
		const build = () => [
			moduleExperienced(context(), qualityModule),
			checkResult(context(), { quiz, kind: 'check', scoreRaw: 1, scoreMax: 2, passed: false }),
			roleplayEnded(context(), {
				roleplay,
				ending: { id: 'einigung', title: 'Einigung' },
				outcome: 'strengthened',
				meters,
			}),
		];
		expect(build()).toStrictEqual(build());
	});

	it('gives different items and kinds different activity ids', () => {
		const ids = [
			moduleExperienced(context(), qualityModule).object.id,
			moduleExperienced(context(), { ...qualityModule, id: 'vertrauen' }).object.id,
			checkResult(context(), { quiz, kind: 'check', scoreRaw: 1, scoreMax: 1, passed: true }).object
				.id,
			checkResult(context(), { quiz, kind: 'final-test', scoreRaw: 1, scoreMax: 1, passed: true })
				.object.id,
			pathFinished(context(), { path: { id: qualityModule.id, title: '' }, passed: false })[0]!
				.object.id,
		];
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('moduleExperienced and moduleCompleted', () => {
	it('experienced: the module as object, the path as parent, the course as grouping', () => {
		const statement = moduleExperienced(context(), qualityModule);
		expect(statement.verb).toEqual({
			id: `${ADL}verbs/experienced`,
			display: { 'de-DE': 'erlebt', 'en-US': 'experienced' },
		});
		expect(statement.object).toStrictEqual({
			objectType: 'Activity',
			id: iri('module/beziehungsqualitaet'),
			definition: { type: `${ADL}activities/module`, name: { de: 'Beziehungsqualität' } },
		});
		expect(statement.context.contextActivities).toStrictEqual({
			grouping: [course],
			parent: [path],
		});
		expect(statement.result).toBeUndefined();
		expectValid([statement]);
	});

	it('completed: the same object, with completion', () => {
		const statement = moduleCompleted(context(), qualityModule);
		expect(statement.verb.id).toBe(`${ADL}verbs/completed`);
		expect(statement.object.id).toBe(moduleExperienced(context(), qualityModule).object.id);
		expect(statement.result).toStrictEqual({ completion: true });
		expectValid([statement, moduleCompleted(withoutPath(), qualityModule)]);
	});
});

describe('questionAnswered', () => {
	const question = { id: 'frage-1', text: 'Was stärkt Vertrauen am meisten?' };
	const quizParent = {
		objectType: 'Activity',
		id: iri('check/beziehungsqualitaet'),
		definition: { type: `${ADL}activities/assessment`, name: { de: quiz.title } },
	};

	it('maps the site’s question types onto xAPI interaction types', () => {
		expect(
			(['single', 'multiple', 'truefalse', 'ordering', 'matching'] as const).map(interactionTypeOf),
		).toEqual(['choice', 'choice', 'true-false', 'sequencing', 'matching']);
	});

	it('writes responses in xAPI’s pattern syntax', () => {
		expect(responsePattern.choice(['b'])).toBe('b');
		expect(responsePattern.choice(['b', 'c'])).toBe('b[,]c');
		expect(responsePattern.choice([])).toBe('');
		expect(responsePattern.trueFalse(false)).toBe('false');
		expect(responsePattern.sequencing(['x', 'y', 'z'])).toBe('x[,]y[,]z');
		expect(
			responsePattern.matching([
				['a', '1'],
				['b', '2'],
			]),
		).toBe('a[.]1[,]b[.]2');
	});

	it('choice: the question as a cmi.interaction under its quiz, with options and response', () => {
		const statement = questionAnswered(context(), {
			quiz,
			question,
			interactionType: 'choice',
			choices: [
				{ id: 'a', text: 'Schnelle Rabatte' },
				{ id: 'b', text: 'Gehaltene Zusagen' },
				{ id: 'c', text: 'Offenheit bei Fehlern' },
			],
			response: responsePattern.choice(['b', 'c']),
			correctResponse: responsePattern.choice(['b', 'c']),
			success: true,
		});
		expect(statement.verb.id).toBe(`${ADL}verbs/answered`);
		expect(statement.object).toStrictEqual({
			objectType: 'Activity',
			id: iri('check/beziehungsqualitaet/frage-1'),
			definition: {
				type: `${ADL}activities/cmi.interaction`,
				name: { de: question.text },
				interactionType: 'choice',
				correctResponsesPattern: ['b[,]c'],
				choices: [
					{ id: 'a', description: { de: 'Schnelle Rabatte' } },
					{ id: 'b', description: { de: 'Gehaltene Zusagen' } },
					{ id: 'c', description: { de: 'Offenheit bei Fehlern' } },
				],
			},
		});
		expect(statement.result).toStrictEqual({ success: true, response: 'b[,]c' });
		expect(statement.context.contextActivities).toStrictEqual({
			grouping: [course, path],
			parent: [quizParent],
		});
		expectValid([statement]);
	});

	it('true-false: no components, the response "true" or "false"', () => {
		const statement = questionAnswered(context(), {
			quiz,
			question,
			interactionType: 'true-false',
			response: responsePattern.trueFalse(false),
			correctResponse: 'true',
			success: false,
		});
		expect(statement.object.definition).toStrictEqual({
			type: `${ADL}activities/cmi.interaction`,
			name: { de: question.text },
			interactionType: 'true-false',
			correctResponsesPattern: ['true'],
		});
		expect(statement.result).toStrictEqual({ success: false, response: 'false' });
		expectValid([statement]);
	});

	it('sequencing: the items as choices, the response in the learner’s order', () => {
		const statement = questionAnswered(context(), {
			quiz,
			question,
			interactionType: 'sequencing',
			choices: [
				{ id: 'x', text: 'Zuhören' },
				{ id: 'y', text: 'Zusammenfassen' },
				{ id: 'z', text: 'Vereinbaren' },
			],
			response: 'x[,]y[,]z',
			success: true,
		});
		expect(statement.object.definition.interactionType).toBe('sequencing');
		expect(statement.object.definition.choices?.map((c) => c.id)).toEqual(['x', 'y', 'z']);
		expect(statement.object.definition).not.toHaveProperty('correctResponsesPattern');
		expect(statement.result?.response).toBe('x[,]y[,]z');
		expectValid([statement]);
	});

	it('matching: source and target, the response as pairs', () => {
		const statement = questionAnswered(context(), {
			quiz,
			question,
			interactionType: 'matching',
			source: [
				{ id: 'a', text: 'Sympathie' },
				{ id: 'b', text: 'Kompetenz' },
			],
			target: [
				{ id: '1', text: 'Man mag sich' },
				{ id: '2', text: 'Man traut es zu' },
			],
			response: 'a[.]1[,]b[.]2',
			success: true,
		});
		expect(statement.object.definition.source).toEqual([
			{ id: 'a', description: { de: 'Sympathie' } },
			{ id: 'b', description: { de: 'Kompetenz' } },
		]);
		expect(statement.object.definition.target?.map((c) => c.id)).toEqual(['1', '2']);
		expect(statement.object.definition).not.toHaveProperty('choices');
		expect(statement.result?.response).toBe('a[.]1[,]b[.]2');
		expectValid([statement]);
	});

	it('keeps a path test’s questions apart from a check’s of the same ids', () => {
		const answer = (kind?: 'final-test') =>
			questionAnswered(context(), {
				quiz,
				kind,
				question,
				interactionType: 'true-false',
				response: 'true',
				success: true,
			});
		expect(answer().object.id).toBe(iri('check/beziehungsqualitaet/frage-1'));
		expect(answer('final-test').object.id).toBe(iri('final-test/beziehungsqualitaet/frage-1'));
		expect(answer('final-test').context.contextActivities.parent?.[0]?.id).toBe(
			iri('final-test/beziehungsqualitaet'),
		);
	});
});

describe('checkResult', () => {
	const result = (scoreRaw: number, scoreMax: number, passed = true) =>
		checkResult(context(), { quiz, kind: 'check', scoreRaw, scoreMax, passed });

	it('passed: verb passed, the quiz as assessment, score and success', () => {
		const statement = result(2, 3);
		expect(statement.verb.id).toBe(`${ADL}verbs/passed`);
		expect(statement.object).toStrictEqual({
			objectType: 'Activity',
			id: iri('check/beziehungsqualitaet'),
			definition: { type: `${ADL}activities/assessment`, name: { de: quiz.title } },
		});
		expect(statement.result).toStrictEqual({
			score: { scaled: 0.67, raw: 2, min: 0, max: 3 },
			success: true,
			completion: true,
		});
		expect(statement.context.contextActivities).toStrictEqual({
			grouping: [course],
			parent: [path],
		});
		expectValid([statement]);
	});

	it('failed: verb failed and no success', () => {
		const statement = result(1, 3, false);
		expect(statement.verb).toEqual({
			id: `${ADL}verbs/failed`,
			display: { 'de-DE': 'nicht bestanden', 'en-US': 'failed' },
		});
		expect(statement.result?.success).toBe(false);
		expectValid([statement]);
	});

	it('scales the score to 0–1 with two decimals', () => {
		const cases: [raw: number, max: number, scaled: number][] = [
			[0, 10, 0],
			[1, 3, 0.33],
			[2, 3, 0.67],
			[1, 8, 0.13],
			[7, 12, 0.58],
			[10, 10, 1],
		];
		for (const [raw, max, scaled] of cases) {
			expect(result(raw, max).result?.score?.scaled, `${raw}/${max}`).toBe(scaled);
		}
	});

	it('scales every score within half a hundredth of raw / max (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 500 }).chain((max) => fc.tuple(fc.nat(max), fc.constant(max))),
				([raw, max]) => {
					const scaled = scaledScore(raw, 0, max);
					expect(scaled).toBeGreaterThanOrEqual(0);
					expect(scaled).toBeLessThanOrEqual(1);
					expect(Math.abs(scaled - raw / max)).toBeLessThanOrEqual(0.005 + 1e-12);
					expect(Math.round(scaled * 100)).toBeCloseTo(scaled * 100, 9);
				},
			),
		);
	});

	it('gives each kind of test its own activity', () => {
		const ids = (['check', 'entry-test', 'final-test'] as const).map(
			(kind) =>
				checkResult(context(), { quiz, kind, scoreRaw: 1, scoreMax: 2, passed: false }).object.id,
		);
		expect(ids).toEqual([
			iri('check/beziehungsqualitaet'),
			iri('entry-test/beziehungsqualitaet'),
			iri('final-test/beziehungsqualitaet'),
		]);
	});

	it('refuses a score no statement could carry', () => {
		for (const [raw, max] of [
			[1, 0],
			[4, 3],
			[-1, 3],
			[Number.NaN, 3],
			[1, Number.POSITIVE_INFINITY],
		] as const) {
			expect(() => result(raw, max), `${raw}/${max}`).toThrow(RangeError);
		}
	});
});

describe('pathFinished', () => {
	const finished = { id: 'grundlagen', title: 'Grundlagen der Kundenbeziehung' };

	it('passed: completed, then passed, for the path as a course', () => {
		const statements = pathFinished(context(), { path: finished, passed: true });
		expect(statements.map((s) => s.verb.id)).toEqual([
			`${ADL}verbs/completed`,
			`${ADL}verbs/passed`,
		]);
		expect(statements.map((s) => s.object)).toStrictEqual([path, path]);
		expect(statements.map((s) => s.result)).toStrictEqual([
			{ completion: true },
			{ success: true, completion: true },
		]);
		expect(new Set(statements.map((s) => s.id)).size).toBe(2);
		// The path is the object, so it is neither its own parent nor in the grouping.
		for (const statement of statements) {
			expect(statement.context.contextActivities).toStrictEqual({ grouping: [course] });
		}
		expectValid(statements);
	});

	it('not passed: completed only', () => {
		const statements = pathFinished(withoutPath(), { path: finished, passed: false });
		expect(statements).toHaveLength(1);
		expect(statements[0]?.verb.id).toBe(`${ADL}verbs/completed`);
		expect(statements[0]?.result).toStrictEqual({ completion: true });
		expectValid(statements);
	});
});

describe('selfAssessmentResult', () => {
	const assessment = { id: 'beziehungsstil', title: 'Mein Beziehungsstil' };
	const dimension = { id: 'verbindlichkeit', title: 'Verbindlichkeit' };

	it('scored: the dimension as an objective under its assessment, which is the parent', () => {
		const statement = selfAssessmentResult(context(), {
			assessment,
			dimension,
			score: 4,
			scaleMax: 5,
		});
		expect(statement.verb).toEqual({
			id: `${ADL}verbs/scored`,
			display: { 'de-DE': 'bewertet', 'en-US': 'scored' },
		});
		expect(statement.object).toStrictEqual({
			objectType: 'Activity',
			id: iri('self-assessment/beziehungsstil/verbindlichkeit'),
			definition: { type: `${ADL}activities/objective`, name: { de: 'Verbindlichkeit' } },
		});
		expect(statement.context.contextActivities).toStrictEqual({
			grouping: [course, path],
			parent: [
				{
					objectType: 'Activity',
					id: iri('self-assessment/beziehungsstil'),
					definition: { type: `${ADL}activities/assessment`, name: { de: assessment.title } },
				},
			],
		});
		expect(statement.result).toStrictEqual({ score: { scaled: 0.75, raw: 4, min: 1, max: 5 } });
		expectValid([statement]);
	});

	it('scales a mean from the bottom of the scale (0) to its top (1)', () => {
		const scaled = (score: number, scaleMin?: number) =>
			selfAssessmentResult(context(), { assessment, dimension, score, scaleMin, scaleMax: 5 })
				.result?.score?.scaled;
		expect([1, 3, 11 / 3, 5].map((score) => scaled(score))).toEqual([0, 0.5, 0.67, 1]);
		expect(scaled(0, 0)).toBe(0);
		expect(scaled(4, 0)).toBe(0.8);
	});

	it('refuses a score off the scale', () => {
		for (const score of [0, 5.5, Number.NaN]) {
			expect(() =>
				selfAssessmentResult(context(), { assessment, dimension, score, scaleMax: 5 }),
			).toThrow(RangeError);
		}
	});
});

describe('roleplayResponded', () => {
	const node = { id: 'erstes-gespraech', title: 'Das erste Gespräch' };
	const choice = { id: 'zuhoeren', text: 'Erst einmal zuhören' };

	it('responded: the node as a choice interaction under the role-play, the choice and meters', () => {
		const statement = roleplayResponded(context(), { roleplay, node, choice, meters });
		expect(statement.verb.id).toBe(`${ADL}verbs/responded`);
		expect(statement.object).toStrictEqual({
			objectType: 'Activity',
			id: iri('roleplay/reklamation/erstes-gespraech'),
			definition: {
				type: `${ADL}activities/cmi.interaction`,
				name: { de: 'Das erste Gespräch' },
				interactionType: 'choice',
				choices: [{ id: 'zuhoeren', description: { de: 'Erst einmal zuhören' } }],
			},
		});
		expect(statement.result).toStrictEqual({
			response: 'zuhoeren',
			extensions: { [`${SITE}xapi/extensions/meters`]: meters },
		});
		expect(
			Object.keys(statement.result?.extensions?.[`${SITE}xapi/extensions/meters`] ?? {}),
		).toEqual([...METER_IDS]);
		expect(statement.context.contextActivities.parent).toStrictEqual([
			{
				objectType: 'Activity',
				id: iri('roleplay/reklamation'),
				definition: { type: `${ADL}activities/simulation`, name: { de: roleplay.title } },
			},
		]);
		expectValid([statement]);
	});

	it('lists every choice offered when given, and names an untitled node after the role-play', () => {
		const offered = [choice, { id: 'rabatt', text: 'Sofort Rabatt anbieten' }];
		const statement = roleplayResponded(context(), {
			roleplay,
			node: { id: 'n2' },
			choice,
			choices: offered,
			meters,
		});
		expect(statement.object.definition.name).toEqual({ de: roleplay.title });
		expect(statement.object.definition.choices?.map((c) => c.id)).toEqual(['zuhoeren', 'rabatt']);
		expectValid([statement]);
	});

	it('refuses meters that are missing or beyond 0–100', () => {
		const broken: Record<MeterId, number>[] = [
			{ ...meters, vertrauen: 101 },
			{ ...meters, kompetenz: -1 },
			{ ...meters, sympathie: Number.NaN },
		];
		const { intensitaet: _dropped, ...missing } = meters;
		for (const bad of [...broken, missing as MeterValues]) {
			expect(() => roleplayResponded(context(), { roleplay, node, choice, meters: bad })).toThrow(
				RangeError,
			);
		}
	});
});

describe('roleplayEnded', () => {
	it('completed: the role-play as a simulation, with ending, outcome and meters', () => {
		const statement = roleplayEnded(context(), {
			roleplay,
			ending: { id: 'einigung', title: 'Eine tragfähige Einigung' },
			outcome: 'strengthened',
			meters,
		});
		expect(statement.verb.id).toBe(`${ADL}verbs/completed`);
		expect(statement.object).toStrictEqual({
			objectType: 'Activity',
			id: iri('roleplay/reklamation'),
			definition: { type: `${ADL}activities/simulation`, name: { de: roleplay.title } },
		});
		expect(statement.result).toStrictEqual({
			completion: true,
			extensions: {
				[`${SITE}xapi/extensions/ending`]: { id: 'einigung', title: 'Eine tragfähige Einigung' },
				[`${SITE}xapi/extensions/outcome`]: 'strengthened',
				[`${SITE}xapi/extensions/meters`]: meters,
			},
		});
		expect(statement.context.contextActivities).toStrictEqual({
			grouping: [course],
			parent: [path],
		});
		expectValid([statement]);
	});
});

describe('every builder, for any titles and texts (property)', () => {
	/** Any text: ASCII, any code points, whole graphemes. */
	const text = fc.oneof(
		fc.string(),
		fc.string({ unit: 'binary' }),
		fc.string({ unit: 'grapheme' }),
	);
	/**
	 * Ids as content ids are (path tests join two with "--"). Percent-escapes are tested above and
	 * kept out here: xapi-validation's IRI pattern backtracks exponentially in their number (about
	 * 3 s at 14), so ids of arbitrary text would hang the run, not fail it.
	 */
	const id = fc.stringMatching(/^[a-z0-9]{1,10}(?:--?[a-z0-9]{1,10}){0,3}$/);
	const ref = fc.record({ id, title: text });
	const component = fc.record({ id: text, text });
	const components = fc.array(component, { maxLength: 4 });
	const meterValues = fc.record(
		Object.fromEntries(METER_IDS.map((id) => [id, fc.integer({ min: 0, max: 100 })])) as Record<
			MeterId,
			fc.Arbitrary<number>
		>,
	);
	const actor = fc.oneof(
		fc.record({
			name: fc.option(text, { nil: undefined }),
			mbox: fc.constantFrom('mailto:ben.koch@firma.example', 'anna@beispiel.de'),
		}),
		fc.record({
			name: fc.option(text, { nil: undefined }),
			account: fc.record({ homePage: fc.constant('https://lms.firma.example'), name: text }),
		}),
	);
	const ctx = fc
		.record({ actor, course: ref, path: fc.option(ref, { nil: undefined }) })
		.map(({ actor, course, path }) => context({ actor, course, path }));
	const interaction = fc.oneof(
		fc.record({
			interactionType: fc.constantFrom('choice' as const, 'sequencing' as const),
			choices: components,
		}),
		fc.record({ interactionType: fc.constant('true-false' as const) }),
		fc.record({
			interactionType: fc.constant('matching' as const),
			source: components,
			target: components,
		}),
	);

	it('gives plain JSON that xapi-validation accepts', () => {
		fc.assert(
			fc.property(
				ctx,
				fc.record({
					item: ref,
					other: ref,
					question: fc.record({ id, text }),
					interaction,
					response: text,
					success: fc.boolean(),
					kind: fc.constantFrom<QuizKind>('check', 'entry-test', 'final-test'),
					max: fc.integer({ min: 1, max: 100 }),
					raw: fc.integer({ min: 0, max: 100 }),
					mean: fc.double({ min: 1, max: 5, noNaN: true }),
					choice: component,
					choices: fc.option(components, { nil: undefined }),
					meters: meterValues,
					outcome: fc.constantFrom(...OUTCOMES),
				}),
				(made, input) => {
					const { item, other, kind, meters, success } = input;
					expectValid([
						moduleExperienced(made, item),
						moduleCompleted(made, item),
						questionAnswered(made, {
							...input.interaction,
							quiz: item,
							kind,
							question: input.question,
							response: input.response,
							correctResponse: input.response,
							success,
						}),
						checkResult(made, {
							quiz: item,
							kind,
							scoreRaw: Math.min(input.raw, input.max),
							scoreMax: input.max,
							passed: success,
						}),
						...pathFinished(made, { path: item, passed: success }),
						selfAssessmentResult(made, {
							assessment: item,
							dimension: other,
							score: input.mean,
							scaleMax: 5,
						}),
						roleplayResponded(made, {
							roleplay: item,
							node: { id: other.id, title: other.title },
							choice: input.choice,
							choices: input.choices,
							meters,
						}),
						roleplayEnded(made, { roleplay: item, ending: other, outcome: input.outcome, meters }),
					]);
				},
			),
			{ numRuns: 150 },
		);
	});
});
