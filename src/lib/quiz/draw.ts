import { constructedPerDraw, isConstructedType } from '../../schemas/quiz-draw-rule';
import type { QuestionType } from '../../schemas/quiz';
import { derangedPermutation, permutation, seededRandom } from './shuffle';

/**
 * Which questions an attempt of a knowledge check asks, and in which order its options appear.
 * Everything is a pure function of the quiz key, the question id and the attempt number, so a reload
 * and every tab show the same attempt, and tests can play exactly what a learner sees.
 *
 * Drawing: the pool is split into strata, one per group (a final test has one group per module check)
 * and kind (constructed or guessable, see schemas/quiz-draw-rule.ts). Each attempt hands every stratum
 * its share of the count, round-robin from a start that moves on by the shares handed out before,
 * so over consecutive attempts every group gets its turn at the constructed questions. Each stratum is
 * put in one seeded order per quiz and read on from where the earlier attempts stopped, so its
 * questions come up in turn: every question is met once its stratum has handed out as many shares
 * as it has questions, and consecutive attempts differ wherever a stratum is larger than its share.
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
	let left = Math.min(
		total,
		capacities.reduce((a, b) => a + b, 0),
	);
	for (let step = 0; left > 0; step++) {
		const index = (offset + step) % n;
		if (shares[index]! < capacities[index]!) {
			shares[index]! += 1;
			left -= 1;
		}
	}
	return shares;
}

interface Strata {
	groups: string[];
	constructed: DrawableQuestion[][];
	guessable: DrawableQuestion[][];
}

function strataOf(pool: readonly DrawableQuestion[]): Strata {
	const groups = [...new Set(pool.map((q) => q.group ?? ''))];
	const members = groups.map((group) => pool.filter((q) => (q.group ?? '') === group));
	return {
		groups,
		constructed: members.map((qs) => qs.filter((q) => isConstructedType(q.type))),
		guessable: members.map((qs) => qs.filter((q) => !isConstructedType(q.type))),
	};
}

/** Per group, how many constructed and guessable questions attempt `attempt` takes. */
function sharesAt(
	{ constructed, guessable }: Strata,
	spec: DrawSpec,
	attempt: number,
): { constructed: number[]; guessable: number[] } {
	const needed = constructedPerDraw(spec.count, spec.passMark);
	const perGroup = distribute(
		spec.count,
		constructed.map((c, g) => c.length + guessable[g]!.length),
		(attempt - 1) * spec.count,
	);
	const base = distribute(
		needed,
		perGroup.map((n, g) => Math.min(n, constructed[g]!.length)),
		(attempt - 1) * needed,
	);
	const shortfall = needed - base.reduce((a, b) => a + b, 0);
	if (shortfall > 0)
		throw new Error(`${spec.key}: ${shortfall} ordering/matching questions short per draw`);
	const guess = perGroup.map((n, g) => Math.min(n - base[g]!, guessable[g]!.length));
	// A group whose guessable questions run short fills up with further constructed ones.
	return { constructed: perGroup.map((n, g) => n - guess[g]!), guessable: guess };
}

/** `share` items of `items` from `start` on, through one fixed seeded order of them. */
function windowOf<T>(items: readonly T[], share: number, start: number, seed: string): T[] {
	if (share <= 0 || items.length === 0) return [];
	const order = permutation(items.length, seededRandom(seed));
	return Array.from(
		{ length: Math.min(share, items.length) },
		(_, i) => items[order[(start + i) % items.length]!]!,
	);
}

/**
 * The question ids attempt `attempt` (1, 2, …) asks, in the order shown. Without a draw (count ≥ pool)
 * every question is asked in authored order. Throws when the pool cannot give each draw the
 * constructed questions the pass mark needs (the schema and the build check this first).
 */
export function drawQuestions(
	pool: readonly DrawableQuestion[],
	spec: DrawSpec,
	attempt: number,
): string[] {
	if (spec.count >= pool.length) return pool.map((q) => q.id);
	const strata = strataOf(pool);
	// Where each stratum's reading stands: the shares the earlier attempts took from it.
	const taken = { constructed: strata.groups.map(() => 0), guessable: strata.groups.map(() => 0) };
	for (let earlier = 1; earlier < attempt; earlier++) {
		const shares = sharesAt(strata, spec, earlier);
		strata.groups.forEach((_, g) => {
			taken.constructed[g]! += shares.constructed[g]!;
			taken.guessable[g]! += shares.guessable[g]!;
		});
	}
	const shares = sharesAt(strata, spec, attempt);
	const drawn = strata.groups.flatMap((group, g) => [
		...windowOf(
			strata.constructed[g]!,
			shares.constructed[g]!,
			taken.constructed[g]!,
			`${spec.key}:${group}:constructed`,
		),
		...windowOf(
			strata.guessable[g]!,
			shares.guessable[g]!,
			taken.guessable[g]!,
			`${spec.key}:${group}:guessable`,
		),
	]);
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
export function displayOrder(
	quizKey: string,
	question: OrderedQuestion,
	attempt: number | string,
): number[] {
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
export function printOrder(
	quizKey: string,
	question: Extract<OrderedQuestion, { type: 'single' | 'multiple' }> & {
		options: readonly { correct: boolean }[];
	},
	position: number,
): number[] {
	const seeded = displayOrder(quizKey, question, 'folien');
	const n = seeded.length;
	const correctAt = seeded.findIndex((index) => question.options[index]!.correct);
	const shift = ((((position % n) - correctAt) % n) + n) % n;
	return Array.from({ length: n }, (_, place) => seeded[(place - shift + n) % n]!);
}
