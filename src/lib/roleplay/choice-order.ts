import { permutation, seededRandom } from '../quiz/shuffle';

/**
 * The order in which a run shows a node's choices: a permutation seeded by the run's seed and the
 * node, so the best choice sits at no fixed place, and the same run (resumed, stepped back,
 * reloaded, or shown on the projector beside the presenter view) always shows the same order.
 */
export function orderChoices<T extends { id: string }>(
	seed: string,
	nodeId: string,
	choices: readonly T[],
): T[] {
	// Permute the node's authored choices, then keep those on offer: a condition that opens or
	// closes one choice does not reshuffle the others.
	return permutation(choices.length, seededRandom(`${seed}:${nodeId}`)).map((i) => choices[i]!);
}

/** A fresh seed for a new run (the island's effect; the machine itself draws nothing). */
export const newRunSeed = (): string => Math.random().toString(36).slice(2, 10);
