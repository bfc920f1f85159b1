import { OUTCOMES, type Outcome } from '../../schemas/roleplay-constants';
import {
	applyChoice,
	availableChoices,
	initialPlayState,
	isEnding,
	stateKey,
	type PlayState,
	type ScenarioIndex,
} from './engine';

/**
 * Every state a scenario can reach when played by its rules (conditions included), as a graph.
 * States are finite: meters are clamped whole numbers and flags a finite set, so exploration ends;
 * `limit` guards against a scenario whose state space is too large to check or analyse.
 */

export interface StateGraph {
	startKey: string;
	states: Map<string, PlayState>;
	/** Outgoing edges per state, one per choice on offer there. */
	edges: Map<string, { choiceId: string; to: string }[]>;
	/** How breadth-first search first reached each state: the shortest way there. */
	parents: Map<string, { from: string; choiceId: string }>;
	/** False when the limit stopped the exploration. */
	complete: boolean;
}

export const EXPLORATION_LIMIT = 50_000;

export function exploreScenario(index: ScenarioIndex, limit = EXPLORATION_LIMIT): StateGraph {
	const start = initialPlayState(index);
	const startKey = stateKey(start);
	const graph: StateGraph = {
		startKey,
		states: new Map([[startKey, start]]),
		edges: new Map(),
		parents: new Map(),
		complete: true,
	};
	const queue = [startKey];
	for (let head = 0; head < queue.length; head++) {
		const key = queue[head]!;
		const state = graph.states.get(key)!;
		const edges = availableChoices(index, state).map((choice) => {
			const next = applyChoice(state, choice);
			const to = stateKey(next);
			if (!graph.states.has(to)) {
				if (graph.states.size >= limit) graph.complete = false;
				else {
					graph.states.set(to, next);
					graph.parents.set(to, { from: key, choiceId: choice.id });
					queue.push(to);
				}
			}
			return { choiceId: choice.id, to };
		});
		graph.edges.set(
			key,
			edges.filter((edge) => graph.states.has(edge.to)),
		);
	}
	return graph;
}

/** The choice ids of the shortest way from the start to a state. */
export function pathTo(graph: StateGraph, key: string): string[] {
	const path: string[] = [];
	for (let at = graph.parents.get(key); at; at = graph.parents.get(at.from))
		path.unshift(at.choiceId);
	return path;
}

/** Outcomes as ranks: 0 is the best (`strengthened`), higher is worse. */
export const outcomeRank = (outcome: Outcome): number => OUTCOMES.indexOf(outcome);

/**
 * For each state, the outcomes still reachable from it, as a bit mask over OUTCOMES (bit 0 = best).
 * Computed backwards from the endings until nothing changes, so cycles are handled.
 */
export function reachableOutcomes(index: ScenarioIndex, graph: StateGraph): Map<string, number> {
	const masks = new Map<string, number>();
	const predecessors = new Map<string, string[]>();
	for (const [from, edges] of graph.edges)
		for (const { to } of edges) {
			if (!predecessors.has(to)) predecessors.set(to, []);
			predecessors.get(to)!.push(from);
		}
	const work: string[] = [];
	for (const [key, state] of graph.states) {
		const ending = index.endings.get(state.at);
		masks.set(key, ending ? 1 << outcomeRank(ending.outcome) : 0);
		if (ending) work.push(key);
	}
	while (work.length > 0) {
		const key = work.pop()!;
		for (const from of predecessors.get(key) ?? []) {
			const merged = masks.get(from)! | masks.get(key)!;
			if (merged !== masks.get(from)) {
				masks.set(from, merged);
				work.push(from);
			}
		}
	}
	return masks;
}

/** The best and worst outcome ranks in a mask (undefined when no ending is reachable). */
export function rankRange(mask: number): { best: number; worst: number } | undefined {
	if (mask === 0) return undefined;
	const ranks = OUTCOMES.map((_, rank) => rank).filter((rank) => mask & (1 << rank));
	return { best: ranks[0]!, worst: ranks.at(-1)! };
}

/** The ending states of the graph. */
export const endingStates = (index: ScenarioIndex, graph: StateGraph): string[] =>
	[...graph.states].filter(([, state]) => isEnding(index, state.at)).map(([key]) => key);
