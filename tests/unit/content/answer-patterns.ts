import type { Answers } from '../../../src/lib/quiz/scoring';
import type { AttemptRound } from '../../../src/lib/quiz/attempt';
import type { Question } from '../../../src/schemas/quiz';
import type { RoleplayChoice } from '../../../src/schemas/roleplay';

/**
 * Fixed answering patterns of a learner who does not read. Each kind of question gets one fixed rule:
 * single choice the first or the longest option; multiple choice the first, the first two or the
 * longest option; true/false always "richtig" or always "falsch"; ordering left as it starts;
 * matching the first or the longest right-hand side in every row. A pattern is one rule per kind,
 * and every combination is played (24), so "first option / first two / falsch" is among them.
 * `order` is what the learner sees: the round's display order, or the authored order.
 */
export interface Pattern {
	single: 'first' | 'longest';
	multiple: 'first' | 'firstTwo' | 'longest';
	truefalse: boolean;
	matching: 'first' | 'longest';
}

export const PATTERNS: Pattern[] = (['first', 'longest'] as const).flatMap((single) =>
	(['first', 'firstTwo', 'longest'] as const).flatMap((multiple) =>
		[true, false].flatMap((truefalse) =>
			(['first', 'longest'] as const).map((matching) => ({
				single,
				multiple,
				truefalse,
				matching,
			})),
		),
	),
);

export const describePattern = (p: Pattern): string =>
	`single ${p.single}, multiple ${p.multiple}, true/false ${p.truefalse ? 'richtig' : 'falsch'}, matching ${p.matching}`;

const longestOf = (texts: string[], order: number[]): number =>
	order.reduce(
		(best, index) => (texts[index]!.length > texts[best]!.length ? index : best),
		order[0]!,
	);

function answerOf(pattern: Pattern, question: Question, order: number[]): Answers[string] {
	switch (question.type) {
		case 'single':
			return pattern.single === 'longest'
				? longestOf(
						question.options.map((o) => o.text),
						order,
					)
				: order[0];
		case 'multiple':
			if (pattern.multiple === 'firstTwo') return order.slice(0, 2).sort((a, b) => a - b);
			return [
				pattern.multiple === 'longest'
					? longestOf(
							question.options.map((o) => o.text),
							order,
						)
					: order[0]!,
			];
		case 'truefalse':
			return pattern.truefalse;
		case 'ordering':
			// Left as it starts (the app never starts an ordering question in its authored, solved order).
			return order;
		case 'matching': {
			const pick =
				pattern.matching === 'longest'
					? longestOf(
							question.pairs.map((p) => p.right),
							order,
						)
					: order[0]!;
			return question.pairs.map(() => pick);
		}
	}
}

/** The pattern's answers to a round; `authored` shows choice options in authored order instead. */
export function patternAnswers(pattern: Pattern, round: AttemptRound, authored = false): Answers {
	return Object.fromEntries(
		round.questions.map((question) => {
			const shown = round.orders[question.id]!;
			const order =
				authored && (question.type === 'single' || question.type === 'multiple')
					? question.options.map((_, i) => i)
					: shown;
			return [question.id, answerOf(pattern, question, order)];
		}),
	);
}

/** The role-play choice a pattern takes among those on offer, in the order shown. */
export function patternChoice(
	pattern: 'first' | 'longest',
	shown: readonly RoleplayChoice[],
): RoleplayChoice {
	return pattern === 'first'
		? shown[0]!
		: shown.reduce((best, choice) => (choice.text.length > best.text.length ? choice : best));
}
