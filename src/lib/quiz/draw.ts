import { constructedPerDraw, isConstructedType } from '../../schemas/quiz-draw-rule';
import type { QuestionType } from '../../schemas/quiz';
import { derangedPermutation, permutation, seededRandom } from './shuffle';

/**
 * Which questions an attempt of a knowledge check asks, and in which order its options appear.
 * Everything is a pure function of the quiz id, the question id and the attempt number, so a reload,
 * the server-rendered page and the hydrated island all show the same attempt.
 *
 * Drawing: every stratum (a group, e.g. the module a final-test question comes from, crossed with
 * constructed / guessable kinds, see schemas/quiz-draw-rule.ts) is put in one seeded order per quiz;
 * attempt n takes the next window of that order. Consecutive attempts differ wherever a stratum is
 * larger than its share, and every question is met within ⌈stratum size / share⌉ attempts.
 */

export interface DrawableQuestion {
	id: string;
	type: QuestionType;
	/** Questions of one group are drawn together (a final test: one group per module). */
	group?: string;
}

export interface DrawSpec {
	/** Seeds the draw: a quiz id, or a path test's key. */
	key: string;
	/** Questions per attempt. */
	count: number;
	passMark: number;
}

/** Hands out `total` units round-robin, starting at `offset`, never beyond a receiver's capacity. */
export function distribute(total: number, capacities: readonly number[], offset: number): number[] {
	const shares = capacities.map(() => 0);
	const n = capacities.length;
	let left = Math.min(total, capacities.reduce((a, b) => a + b, 0));
	for (let step = 0; left > 0; step++) {
		const index = (offset + step) % n;
		if (shares[index]! < capacities[index]!) {
			shares[index]! += 1;
			left -= 1;
		}
	}
	return shares;
}

/** `share` items of `items`, the attempt's window through one fixed seeded order of them. */
function windowOf<T>(items: readonly T[], share: number, attempt: number, seed: string): T[] {
	if (share <= 0 || items.length === 0) return [];
	const order = permutation(items.length, seededRandom(seed));
	const start = ((attempt - 1) * share) % items.length;
	return Array.from({ length: Math.min(share, items.length) }, (_, i) => items[order[(start + i) % items.length]!]!);
}

/**
 * The question ids attempt `attempt` (1, 2, …) asks, in the order shown. Without a draw (count ≥ pool)
 * every question is asked in authored order. Throws when the pool cannot give each draw the
 * constructed questions the pass mark needs (the schema and the build check this first).
 */
export function drawQuestions(pool: readonly DrawableQuestion[], spec: DrawSpec, attempt: number): string[] {
	if (spec.count >= pool.length) return pool.map((q) => q.id);
	const groups = [...new Set(pool.map((q) => q.group ?? ''))];
	const members = groups.map((group) => pool.filter((q) => (q.group ?? '') === group));
	const constructed = members.map((qs) => qs.filter((q) => isConstructedType(q.type)));
	const guessable = members.map((qs) => qs.filter((q) => !isConstructedType(q.type)));

	const offset = (attempt - 1) * spec.count;
	const perGroup = distribute(spec.count, members.map((qs) => qs.length), offset);
	const needed = constructedPerDraw(spec.count, spec.passMark);
	const constructedShares = distribute(needed, perGroup.map((n, g) => Math.min(n, constructed[g]!.length)), offset);
	const shortfall = needed - constructedShares.reduce((a, b) => a + b, 0);
	if (shortfall > 0) throw new Error(`${spec.key}: ${shortfall} ordering/matching questions short per draw`);

	const drawn = groups.flatMap((group, g) => {
		const fromConstructed = windowOf(constructed[g]!, constructedShares[g]!, attempt, `${spec.key}:${group}:constructed`);
		// A group whose guessable questions run short fills up with further constructed ones.
		const guessShare = Math.min(perGroup[g]! - fromConstructed.length, guessable[g]!.length);
		const fromGuessable = windowOf(guessable[g]!, guessShare, attempt, `${spec.key}:${group}:guessable`);
		const extra = perGroup[g]! - fromConstructed.length - fromGuessable.length;
		const more = extra > 0 ? constructed[g]!.filter((q) => !fromConstructed.includes(q)).slice(0, extra) : [];
		return [...fromConstructed, ...fromGuessable, ...more];
	});
	const shown = permutation(drawn.length, seededRandom(`${spec.key}:${attempt}:questions`));
	return shown.map((i) => drawn[i]!.id);
}

/** Question kinds whose display order is drawn. */
type OrderedQuestion =
	| { id: string; type: 'single' | 'multiple'; options: readonly unknown[] }
	| { id: string; type: 'ordering'; items: readonly unknown[] }
	| { id: string; type: 'matching'; pairs: readonly unknown[] }
	| { id: string; type: 'truefalse' };

/**
 * Display order of one question in one attempt: option indices (single, multiple), the starting order
 * of the items (ordering: never already solved) or of the right-hand column (matching: never the
 * authored order). Answers are stored by authored index, so the order never changes what is stored.
 */
export function displayOrder(quizKey: string, question: OrderedQuestion, attempt: number | string): number[] {
	const random = seededRandom(`${quizKey}:${question.id}:${attempt}`);
	switch (question.type) {
		case 'single':
		case 'multiple':
			return permutation(question.options.length, random);
		case 'ordering':
			return derangedPermutation(question.items.length, random);
		case 'matching':
			return derangedPermutation(question.pairs.length, random);
		case 'truefalse':
			return [];
	}
}

/**
 * The order slides and handouts show a choice question's options in: seeded, then turned so that the
 * (first) correct option of the deck's n-th choice question sits at place n modulo its option count.
 * Across a deck the right answers so fall evenly on A, B, C and D, and every build shows the same.
 */
export function printOrder(quizKey: string, question: Extract<OrderedQuestion, { type: 'single' | 'multiple' }> & { options: readonly { correct: boolean }[] }, position: number): number[] {
	const seeded = displayOrder(quizKey, question, 'folien');
	const n = seeded.length;
	const correctAt = seeded.findIndex((index) => question.options[index]!.correct);
	const shift = (((position % n) - correctAt) % n + n) % n;
	return Array.from({ length: n }, (_, place) => seeded[(place - shift + n) % n]!);
}
