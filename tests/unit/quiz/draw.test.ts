import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptRound, nextAttemptNumber } from '../../../src/lib/quiz/attempt';
import {
	displayOrder,
	distribute,
	drawQuestions,
	printOrder,
	type DrawableQuestion,
} from '../../../src/lib/quiz/draw';
import { scoreQuiz } from '../../../src/lib/quiz/scoring';
import type { Question } from '../../../src/schemas/quiz';
import {
	constructedPerDraw,
	isConstructedType,
	questionsToPass,
} from '../../../src/schemas/quiz-draw-rule';
import { PATTERNS, patternAnswers } from '../content/answer-patterns';

const option = (text: string, correct = false) => ({ text, correct, feedback: 'weil' });
const single = (id: string): Question => ({
	id,
	type: 'single',
	prompt: 'Frage?',
	explanation: 'Darum.',
	situation: false,
	options: [option('richtig', true), option('eins'), option('zwei'), option('drei')],
});
const ordering = (id: string): Question => ({
	id,
	type: 'ordering',
	prompt: 'Ordnen',
	explanation: 'So.',
	situation: false,
	items: [option('1'), option('2'), option('3'), option('4')],
});
const matching = (id: string): Question => ({
	id,
	type: 'matching',
	prompt: 'Zuordnen',
	explanation: 'So.',
	situation: false,
	pairs: ['a', 'b', 'c'].map((x) => ({ left: x, right: x.toUpperCase(), feedback: 'weil' })),
});
const pool: Question[] = [
	...Array.from({ length: 8 }, (_, i) => single(`s${i}`)),
	ordering('o1'),
	ordering('o2'),
	matching('m1'),
	matching('m2'),
];
const drawable = (questions: Question[]): DrawableQuestion[] =>
	questions.map((q) => ({ id: q.id, type: q.type }));
const spec = { key: 'testquiz', count: 6, passMark: 70 };

describe('the pass-mark rule', () => {
	it('counts the questions needed to pass as the rounded score does', () => {
		expect(questionsToPass(6, 70)).toBe(5); // 4 of 6 = 67 %
		expect(questionsToPass(7, 70)).toBe(5); // 5 of 7 = 71 %
		expect(questionsToPass(12, 70)).toBe(9);
		expect(constructedPerDraw(6, 70)).toBe(2);
		expect(constructedPerDraw(14, 70)).toBe(5);
	});
});

describe('drawing questions', () => {
	it('hands out shares round-robin within capacity', () => {
		expect(distribute(5, [2, 2, 2], 0)).toEqual([2, 2, 1]);
		expect(distribute(5, [2, 2, 2], 1)).toEqual([1, 2, 2]);
		expect(distribute(9, [1, 5, 0], 0)).toEqual([1, 5, 0]);
	});

	it('draws the same questions for the same attempt, another set for the next', () => {
		expect(drawQuestions(drawable(structuredClone(pool)), spec, 3)).toEqual(
			drawQuestions(drawable(pool), spec, 3),
		);
		for (let attempt = 1; attempt < 10; attempt++)
			expect(new Set(drawQuestions(drawable(pool), spec, attempt))).not.toEqual(
				new Set(drawQuestions(drawable(pool), spec, attempt + 1)),
			);
	});

	it('meets every question of the pool within a few attempts', () => {
		const seen = new Set([1, 2].flatMap((attempt) => drawQuestions(drawable(pool), spec, attempt)));
		expect(seen.size).toBe(pool.length);
	});

	it('asks every question when there is no draw, in authored order', () => {
		expect(drawQuestions(drawable(pool), { ...spec, count: pool.length }, 4)).toEqual(
			pool.map((q) => q.id),
		);
	});

	it('gives every group its share, and in turn every group’s ordering and matching questions (a path test of 2 to 8 modules)', () => {
		for (const modules of [2, 3, 6, 7, 8]) {
			const names = Array.from({ length: modules }, (_, i) => `modul${i}`);
			const groups = names.flatMap((group) =>
				pool.map((q) => ({ id: `${group}--${q.id}`, type: q.type, group })),
			);
			const spec = { key: `pfad${modules}`, count: Math.max(12, 2 * modules), passMark: 70 };
			const seen = new Set<string>();
			for (let attempt = 1; attempt <= 10; attempt++) {
				const drawn = drawQuestions(groups, spec, attempt);
				drawn.forEach((id) => seen.add(id));
				const perModule = names.map((g) => drawn.filter((id) => id.startsWith(`${g}--`)).length);
				expect(
					Math.max(...perModule) - Math.min(...perModule),
					`${modules} modules, attempt ${attempt}`,
				).toBeLessThanOrEqual(1);
				expect(drawn.filter((id) => /--[om]\d$/.test(id)).length).toBe(
					constructedPerDraw(spec.count, 70),
				);
				if (attempt > 1)
					expect(new Set(drawn)).not.toEqual(new Set(drawQuestions(groups, spec, attempt - 1)));
			}
			expect(
				[...groups.map((q) => q.id)].filter((id) => !seen.has(id)),
				`${modules} modules: never drawn in 10 attempts`,
			).toEqual([]);
		}
	});

	it('always holds enough constructed questions, never a question twice, exactly the count (property)', () => {
		const kinds = fc.constantFrom<Question['type']>(
			'single',
			'multiple',
			'truefalse',
			'ordering',
			'matching',
		);
		fc.assert(
			fc.property(
				fc.array(kinds, { minLength: 2, maxLength: 30 }),
				fc.integer({ min: 1, max: 30 }),
				fc.integer({ min: 50, max: 100 }),
				fc.integer({ min: 1, max: 50 }),
				(types, count, passMark, attempt) => {
					const questions = types.map((type, i) => ({ id: `q${i}`, type }));
					const needed = constructedPerDraw(Math.min(count, questions.length), passMark);
					const available = questions.filter((q) => isConstructedType(q.type)).length;
					if (count >= questions.length) {
						expect(drawQuestions(questions, { key: 'p', count, passMark }, attempt)).toEqual(
							questions.map((q) => q.id),
						);
						return;
					}
					if (available < needed) {
						expect(() =>
							drawQuestions(questions, { key: 'p', count, passMark }, attempt),
						).toThrow();
						return;
					}
					const drawn = drawQuestions(questions, { key: 'p', count, passMark }, attempt);
					expect(drawn).toHaveLength(count);
					expect(new Set(drawn).size).toBe(count);
					expect(
						drawn.filter((id) => isConstructedType(questions.find((q) => q.id === id)!.type))
							.length,
					).toBeGreaterThanOrEqual(needed);
				},
			),
		);
	});
});

describe('attempt numbers', () => {
	it('count on from the highest recorded, or from the count where none is recorded', () => {
		expect(nextAttemptNumber([])).toBe(1);
		expect(nextAttemptNumber([{}, {}])).toBe(3);
		expect(nextAttemptNumber([{ attempt: 2 }, { attempt: 9 }])).toBe(10);
		expect(nextAttemptNumber([{ attempt: 1 }, {}, {}])).toBe(4);
	});
});

describe('display orders', () => {
	it('are the same for the same quiz, question and attempt (a reload, the hydrated island)', () => {
		expect(attemptRound('testquiz', { questions: pool, passMark: 70, draw: 6 }, 2)).toEqual(
			attemptRound('testquiz', { questions: pool, passMark: 70, draw: 6 }, 2),
		);
	});

	it('shuffle choice options on the first attempt too, so the authored first option is first only by chance', () => {
		const firstAttempts = Array.from({ length: 8 }, (_, i) =>
			displayOrder('testquiz', single(`s${i}`), 1),
		);
		expect(firstAttempts.filter((order) => order[0] === 0).length).toBeLessThanOrEqual(4);
		const overAttempts = Array.from(
			{ length: 40 },
			(_, attempt) => displayOrder('testquiz', single('s0'), attempt + 1)[0],
		);
		expect(new Set(overAttempts)).toEqual(new Set([0, 1, 2, 3]));
	});

	it('never start an ordering question solved nor a matching column in authored order', () => {
		for (let attempt = 1; attempt <= 50; attempt++) {
			expect(displayOrder('testquiz', ordering('o1'), attempt)).not.toEqual([0, 1, 2, 3]);
			expect(displayOrder('testquiz', matching('m1'), attempt)).not.toEqual([0, 1, 2]);
		}
	});

	it('spread the right answers evenly over the letters on slides and handouts', () => {
		const positions = Array.from({ length: 8 }, (_, n) =>
			printOrder('deck', single(`s${n}`) as Extract<Question, { type: 'single' }>, n).findIndex(
				(index) => index === 0,
			),
		);
		expect(positions).toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
	});
});

describe('the answering-pattern harness', () => {
	it('does catch a check a pattern can pass: guessable questions only, correct option first', () => {
		const guessable = {
			questions: Array.from({ length: 6 }, (_, i) => single(`s${i}`)),
			passMark: 70,
		};
		const round = attemptRound('ratbar', guessable, 1);
		expect(
			PATTERNS.some(
				(pattern) =>
					scoreQuiz(
						{ questions: round.questions, passMark: 70 },
						patternAnswers(pattern, round, true),
					).passed,
			),
		).toBe(true);
	});
});
