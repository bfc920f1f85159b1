import type { MeterValues } from '../../schemas/roleplay-constants';
import { OUTCOMES, type Outcome } from '../../schemas/roleplay-constants';
import type { RoleplayChoice, RoleplayEnding, RoleplayNode } from '../../schemas/roleplay';
import { replay, stateKey, type PlayState, type ScenarioIndex } from './engine';
import {
	endingStates,
	exploreScenario,
	outcomeRank,
	pathTo,
	rankRange,
	reachableOutcomes,
	type StateGraph,
} from './explore';
import { meterSum } from './meters';

/**
 * What the debrief shows after an ending: the meters over the conversation, each choice with its
 * "why", the best path for comparison, and the decisive moments.
 *
 * A decisive moment is a choice that narrowed what the conversation could still come to: after it,
 * a better outcome was out of reach (`lost`), or a worse one was ruled out (`secured`). This follows
 * from the scenario's graph, so authors need not mark such moments by hand.
 */

export interface DebriefStep {
	node: RoleplayNode;
	choice: RoleplayChoice;
	/** Meters after this choice. */
	meters: MeterValues;
}

export interface DecisiveMoment {
	/** Index into `steps`. */
	step: number;
	kind: 'lost' | 'secured';
	/** `lost`: the best outcome that was reachable before and no longer after. `secured`: the worst one ruled out. */
	outcome: Outcome;
}

export interface BestPath {
	steps: DebriefStep[];
	/** Meters at the start and after each step. */
	timeline: MeterValues[];
	ending: RoleplayEnding;
}

export interface Debrief {
	ending: RoleplayEnding;
	steps: DebriefStep[];
	/** Meters at the start and after each step. */
	timeline: MeterValues[];
	decisive: DecisiveMoment[];
	best: BestPath;
}

/** The graph of a scenario and what is reachable from each state; computed once per scenario. */
export interface ScenarioAnalysis {
	index: ScenarioIndex;
	graph: StateGraph;
	outcomes: Map<string, number>;
	best: BestPath;
}

export function analyseScenario(index: ScenarioIndex): ScenarioAnalysis {
	const graph = exploreScenario(index);
	return { index, graph, outcomes: reachableOutcomes(index, graph), best: bestPath(index, graph) };
}

/** The way to the best ending: best outcome first, then the highest meters, then the fewest steps. */
function bestPath(index: ScenarioIndex, graph: StateGraph): BestPath {
	const score = (key: string) => {
		const state = graph.states.get(key)!;
		return [
			outcomeRank(index.endings.get(state.at)!.outcome),
			-meterSum(state.meters),
			pathTo(graph, key).length,
		];
	};
	const [bestKey] = endingStates(index, graph)
		.map((key) => ({ key, score: score(key) }))
		.sort(
			(a, b) => a.score[0]! - b.score[0]! || a.score[1]! - b.score[1]! || a.score[2]! - b.score[2]!,
		)
		.map((entry) => entry.key);
	const path = pathTo(graph, bestKey!);
	const states = replayed(index, path);
	return {
		steps: stepsOf(index, path, states),
		timeline: states.map((s) => s.meters),
		ending: index.endings.get(states.at(-1)!.at)!,
	};
}

/** The debrief for a path that ends at an ending. */
export function debriefOf(analysis: ScenarioAnalysis, path: readonly string[]): Debrief {
	const { index, outcomes } = analysis;
	const states = replayed(index, path);
	const ranges = states.map((state) => rankRange(outcomes.get(stateKey(state)) ?? 0));
	const decisive: DecisiveMoment[] = [];
	for (let step = 0; step < path.length; step++) {
		const before = ranges[step];
		const after = ranges[step + 1];
		if (!before || !after) continue;
		if (after.best > before.best)
			decisive.push({ step, kind: 'lost', outcome: OUTCOMES[before.best]! });
		if (after.worst < before.worst)
			decisive.push({ step, kind: 'secured', outcome: OUTCOMES[before.worst]! });
	}
	return {
		ending: index.endings.get(states.at(-1)!.at)!,
		steps: stepsOf(index, path, states),
		timeline: states.map((state) => state.meters),
		decisive,
		best: analysis.best,
	};
}

function replayed(index: ScenarioIndex, path: readonly string[]): PlayState[] {
	const result = replay(index, path);
	if ('failedAt' in result)
		throw new Error(`Der Pfad passt nicht zum Rollenspiel (Schritt ${result.failedAt + 1}).`);
	return result.states;
}

function stepsOf(
	index: ScenarioIndex,
	path: readonly string[],
	states: PlayState[],
): DebriefStep[] {
	return path.map((choiceId, step) => {
		const { node, choice } = index.choices.get(choiceId)!;
		return { node, choice, meters: states[step + 1]!.meters };
	});
}
