import { describe, expect, it } from 'vitest';
import { findMdxReferences } from '../../../src/build/content/mdx-references';
import { analyseScenario } from '../../../src/lib/roleplay/debrief';
import { availableChoices, indexScenario, replay } from '../../../src/lib/roleplay/engine';
import {
	assemblePathTest,
	PATH_TEST_MIN_QUESTIONS,
	PATH_TEST_PASS_MARK,
} from '../../../src/lib/quiz/path-test';
import { constructedPerDraw, isConstructedType } from '../../../src/schemas/quiz-draw-rule';
import { attemptRound } from '../../../src/lib/quiz/attempt';
import { RecordKeySchema } from '../../../src/schemas/stored/record-key';
import * as v from 'valibot';
import type { Question } from '../../../src/schemas/quiz';
import { loadCourseFromDisk } from './load-content';

/**
 * Authoring rules that keep answer position and length from giving answers away (issue 14), checked
 * over the whole course. Every failure names the file and the question or decision point.
 */
const course = loadCourseFromDisk();
type Located<T> = T & { where: string };
const questions: Located<Question>[] = course.quizzes.flatMap((quiz) =>
	quiz.data.questions.map((q) => ({ ...q, where: `${quiz.filePath} → ${q.id}` })),
);
const ofType = <K extends Question['type']>(type: K) =>
	questions.filter((q): q is Located<Extract<Question, { type: K }>> => q.type === type);
const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;
const strictlyLongest = (texts: string[], index: number) =>
	texts.every((text, i) => i === index || text.length < texts[index]!.length);

describe('knowledge checks across the course', () => {
	const singles = ofType('single');

	it('author the correct single-choice option first in at most 35 %', () => {
		const first = singles.filter((q) => q.options[0]!.correct);
		expect(
			percent(first.length, singles.length),
			`correct option first:\n${first.map((q) => q.where).join('\n')}`,
		).toBeLessThanOrEqual(35);
	});

	it('make the correct single-choice option strictly the longest in at most 35 %', () => {
		const longest = singles.filter((q) =>
			strictlyLongest(
				q.options.map((o) => o.text),
				q.options.findIndex((o) => o.correct),
			),
		);
		expect(
			percent(longest.length, singles.length),
			`correct option strictly longest:\n${longest.map((q) => q.where).join('\n')}`,
		).toBeLessThanOrEqual(35);
	});

	it('keep true/false statements true in 40–60 %', () => {
		const statements = ofType('truefalse');
		const share = percent(statements.filter((q) => q.answer).length, statements.length);
		expect(
			share,
			`true: ${statements
				.filter((q) => q.answer)
				.map((q) => q.where)
				.join(', ')}`,
		).toBeGreaterThanOrEqual(40);
		expect(share).toBeLessThanOrEqual(60);
	});

	it('put a wrong option among the first two authored options of every multiple choice', () => {
		const offenders = ofType('multiple').filter((q) =>
			q.options.slice(0, 2).every((o) => o.correct),
		);
		expect(offenders.map((q) => q.where)).toEqual([]);
	});

	it('ask at least 60 % of all questions as short workplace situations', () => {
		const situations = questions.filter((q) => q.situation);
		expect(percent(situations.length, questions.length)).toBeGreaterThanOrEqual(60);
		// A situation is a case, not a one-line recall prompt.
		expect(situations.filter((q) => q.prompt.length < 80).map((q) => q.where)).toEqual([]);
	});
});

describe.each(course.quizzes.map((quiz) => [quiz.id, quiz] as const))(
	'the pool of %s',
	(_, quiz) => {
		it('holds at least 10 questions and draws 6 to 8 per attempt', () => {
			expect(quiz.data.questions.length, quiz.filePath).toBeGreaterThanOrEqual(10);
			expect(quiz.data.draw, `${quiz.filePath} → draw`).toBeGreaterThanOrEqual(6);
			expect(quiz.data.draw, `${quiz.filePath} → draw`).toBeLessThanOrEqual(8);
		});

		it('asks every question of the pool within two attempts', () => {
			const seen = new Set(
				[1, 2].flatMap((attempt) =>
					attemptRound(quiz.id, quiz.data, attempt).questions.map((q) => q.id),
				),
			);
			expect(
				quiz.data.questions.filter((q) => !seen.has(q.id)).map((q) => `${quiz.filePath} → ${q.id}`),
			).toEqual([]);
		});
	},
);

describe.each(course.paths.map((path) => [path.id, path] as const))(
	'the final test of path %s',
	(_, path) => {
		const quizzes = new Map(course.quizzes.map((quiz) => [quiz.id, quiz.data]));
		const modules = path.data.modules.map((id) => course.modules.find((m) => m.id === id)!);
		const checks = modules.flatMap((module) =>
			findMdxReferences(module.body)
				.filter((r) => r.component === 'Quiz')
				.map((r) => ({ quizId: r.id, quiz: quizzes.get(r.id)! })),
		);
		const test = assemblePathTest(path.data.title, checks);

		it('asks at least 12 questions, passes at 70 %, and holds in every attempt the ordering and matching questions the pass mark needs', () => {
			expect(test.draw).toBeGreaterThanOrEqual(PATH_TEST_MIN_QUESTIONS);
			expect(test.passMark).toBe(PATH_TEST_PASS_MARK);
			for (let attempt = 1; attempt <= 20; attempt++) {
				const round = attemptRound(path.id, test, attempt);
				expect(round.questions).toHaveLength(test.draw!);
				expect(round.questions.filter((q) => isConstructedType(q.type)).length).toBe(
					constructedPerDraw(test.draw!, test.passMark),
				);
			}
		});

		it('asks every question of its modules’ pools within twelve attempts', () => {
			const seen = new Set(
				Array.from({ length: 12 }, (_, i) =>
					attemptRound(path.id, test, i + 1).questions.map((q) => q.id),
				).flat(),
			);
			expect(test.questions.filter((q) => !seen.has(q.id)).map((q) => q.id)).toEqual([]);
		});

		it('has question ids that stored progress accepts (at most 120 characters)', () => {
			expect(test.questions.filter((q) => !v.is(RecordKeySchema, q.id)).map((q) => q.id)).toEqual(
				[],
			);
		});

		it('asks only about modules of its path', () => {
			const own = new Set(checks.map((c) => c.quizId));
			expect(Object.values(test.groups).filter((group) => !own.has(group))).toEqual([]);
			expect(Object.keys(test.groups).length).toBe(test.questions.length);
		});
	},
);

describe('role-plays across the course', () => {
	/** Every decision point on each scenario's best path: the choices on offer there, and the best one. */
	const points = course.roleplays.flatMap((roleplay) => {
		const index = indexScenario(roleplay.data);
		const best = analyseScenario(index).best.steps.map((step) => step.choice.id);
		const played = replay(index, best);
		if ('failedAt' in played) throw new Error(`${roleplay.filePath}: best path does not replay`);
		return best.flatMap((choiceId, step) => {
			const offered = availableChoices(index, played.states[step]!);
			return offered.length >= 2
				? [
						{
							where: `${roleplay.filePath} → ${played.states[step]!.at}`,
							offered,
							bestAt: offered.findIndex((c) => c.id === choiceId),
						},
					]
				: [];
		});
	});

	it('author the choice on the best path first at no more than 35 % of decision points', () => {
		const first = points.filter((p) => p.bestAt === 0);
		expect(
			percent(first.length, points.length),
			`best choice first:\n${first.map((p) => p.where).join('\n')}`,
		).toBeLessThanOrEqual(35);
	});

	it('make the choice on the best path strictly the longest at no more than 40 % of decision points', () => {
		const longest = points.filter((p) =>
			strictlyLongest(
				p.offered.map((c) => c.text),
				p.bestAt,
			),
		);
		expect(
			percent(longest.length, points.length),
			`best choice strictly longest:\n${longest.map((p) => p.where).join('\n')}`,
		).toBeLessThanOrEqual(40);
	});
});
