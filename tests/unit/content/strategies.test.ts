import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { findMdxReferences } from '../../../src/build/content/mdx-references';
import { attemptRound, type DrawnQuiz } from '../../../src/lib/quiz/attempt';
import { assemblePathTest, pathTestKey } from '../../../src/lib/quiz/path-test';
import { scoreQuiz } from '../../../src/lib/quiz/scoring';
import { orderChoices } from '../../../src/lib/roleplay/choice-order';
import { ENDING_TAG, createRoleplayMachine } from '../../../src/lib/roleplay/machine';
import type { Roleplay } from '../../../src/schemas/roleplay';
import { describePattern, PATTERNS, patternAnswers, patternChoice } from './answer-patterns';
import { loadCourseFromDisk } from './load-content';

/**
 * A learner who does not read must not pass (issue 14): fixed answering patterns are played through
 * the real draw, display order and scoring of every knowledge check and every path test, and through
 * the real role-play machines, in the authored order and in the order shown for 20 seeds.
 */
const course = loadCourseFromDisk();
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

const checks: [string, DrawnQuiz][] = course.quizzes.map((quiz) => [quiz.id, quiz.data]);
const pathTests: [string, DrawnQuiz][] = course.paths.map((path) => {
	const quizzes = new Map(course.quizzes.map((quiz) => [quiz.id, quiz.data]));
	const modules = path.data.modules.map((id) => course.modules.find((m) => m.id === id)!);
	const parts = modules.flatMap((module) =>
		findMdxReferences(module.body)
			.filter((r) => r.component === 'Quiz')
			.map((r) => ({ quizId: r.id, quiz: quizzes.get(r.id)! })),
	);
	return [pathTestKey('final', path.id), assemblePathTest(path.data.title, parts)];
});

describe.each([...checks, ...pathTests])('answering by pattern in %s', (key, quiz) => {
	it('passes with none of 24 fixed patterns, in authored or shown order, in any of 20 attempts', () => {
		const passes: string[] = [];
		for (const attempt of SEEDS) {
			const round = attemptRound(key, quiz, attempt);
			for (const pattern of PATTERNS)
				for (const authored of [true, false]) {
					const result = scoreQuiz(
						{ questions: round.questions, passMark: quiz.passMark },
						patternAnswers(pattern, round, authored),
					);
					if (result.passed)
						passes.push(
							`attempt ${attempt}, ${describePattern(pattern)}, ${authored ? 'authored' : 'shown'} order: ${result.score} %`,
						);
				}
		}
		expect(passes, `content: ${key}`).toEqual([]);
	});
});

/** Plays a scenario through its machine, always taking the pattern's choice; returns the ending's outcome. */
function play(scenario: Roleplay, pattern: 'first' | 'longest', seed: string | undefined): string {
	const actor = createActor(createRoleplayMachine(scenario), {
		input: { startedAt: '2026-12-01T09:00:00.000Z', seed: seed ?? 'authored' },
	}).start();
	for (let step = 0; step < 200 && !actor.getSnapshot().hasTag(ENDING_TAG); step++) {
		const snapshot = actor.getSnapshot();
		const node = scenario.nodes.find((n) => n.id === String(snapshot.value))!;
		const order = seed === undefined ? node.choices : orderChoices(seed, node.id, node.choices);
		const shown = order.filter((choice) =>
			snapshot.can({ type: 'user.choose', choiceId: choice.id }),
		);
		actor.send({ type: 'user.choose', choiceId: patternChoice(pattern, shown).id });
	}
	return (
		scenario.endings.find((ending) => ending.id === String(actor.getSnapshot().value))?.outcome ??
		'no ending'
	);
}

describe.each(course.roleplays.map((r) => [r.id, r.data] as const))(
	'role-play %s played by pattern',
	(id, scenario) => {
		it('never reaches a strengthened ending by always the first or always the longest choice', () => {
			const reached: string[] = [];
			for (const pattern of ['first', 'longest'] as const)
				for (const seed of [undefined, ...SEEDS.map((n) => `seed-${n}`)]) {
					const outcome = play(scenario, pattern, seed);
					if (outcome === 'strengthened' || outcome === 'no ending')
						reached.push(`"${pattern}" in ${seed ?? 'authored'} order: ${outcome}`);
				}
			expect(reached, `content/roleplays/${id}.yaml`).toEqual([]);
		});
	},
);
