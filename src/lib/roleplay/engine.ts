import { METER_IDS, type MeterValues } from '../../schemas/roleplay-constants';
import type {
	Roleplay,
	RoleplayChoice,
	RoleplayCondition,
	RoleplayEnding,
	RoleplayNode,
} from '../../schemas/roleplay';
import { applyEffects, initialMeters } from './meters';

/**
 * The rules of a role-play as pure functions: where a conversation starts, which choices are on
 * offer, what a choice does. The XState machine, the validator's exploration and the debrief all
 * play by these, so they cannot disagree.
 */

/** Where a conversation stands: at a node or an ending, with meters and the flags set so far (sorted). */
export interface PlayState {
	at: string;
	meters: MeterValues;
	flags: string[];
}

export interface ScenarioIndex {
	scenario: Roleplay;
	startId: string;
	nodes: Map<string, RoleplayNode>;
	endings: Map<string, RoleplayEnding>;
	/** Every choice by id, with the node it belongs to. */
	choices: Map<string, { node: RoleplayNode; choice: RoleplayChoice }>;
}

export function indexScenario(scenario: Roleplay): ScenarioIndex {
	const choices = new Map<string, { node: RoleplayNode; choice: RoleplayChoice }>();
	for (const node of scenario.nodes)
		for (const choice of node.choices)
			if (!choices.has(choice.id)) choices.set(choice.id, { node, choice });
	return {
		scenario,
		startId: scenario.start ?? scenario.nodes[0]!.id,
		nodes: new Map(scenario.nodes.map((node) => [node.id, node])),
		endings: new Map(scenario.endings.map((ending) => [ending.id, ending])),
		choices,
	};
}

export function initialPlayState(index: ScenarioIndex): PlayState {
	return { at: index.startId, meters: initialMeters(index.scenario.initialMeters), flags: [] };
}

export function conditionHolds(
	condition: RoleplayCondition | undefined,
	meters: MeterValues,
	flags: readonly string[],
): boolean {
	if (!condition) return true;
	const value = (name: string) => meters[name as keyof MeterValues];
	return (
		Object.entries(condition.min ?? {}).every(
			([name, min]) => value(name) !== undefined && value(name) >= min,
		) &&
		Object.entries(condition.max ?? {}).every(
			([name, max]) => value(name) !== undefined && value(name) <= max,
		) &&
		(condition.flags ?? []).every((flag) => flags.includes(flag)) &&
		(condition.notFlags ?? []).every((flag) => !flags.includes(flag))
	);
}

/** The choices on offer at the state's node (none at an ending). */
export function availableChoices(index: ScenarioIndex, state: PlayState): RoleplayChoice[] {
	const node = index.nodes.get(state.at);
	return node
		? node.choices.filter((choice) => conditionHolds(choice.condition, state.meters, state.flags))
		: [];
}

/** The state after a choice: its effects applied and clamped, its flags added, its target reached. */
export function applyChoice(state: PlayState, choice: RoleplayChoice): PlayState {
	return {
		at: choice.target,
		meters: applyEffects(state.meters, choice.effects),
		flags: [...new Set([...state.flags, ...choice.sets])].sort(),
	};
}

export const isEnding = (index: ScenarioIndex, id: string): boolean => index.endings.has(id);

/** A stable key for a state, for graph exploration and comparisons. */
export const stateKey = (state: PlayState): string =>
	`${state.at}|${METER_IDS.map((id) => state.meters[id]).join(',')}|${state.flags.join(',')}`;

/**
 * Replays choice ids from the start. Returns every state passed (start first), or the step at which
 * the path stops making sense (an unknown choice, or one not on offer there).
 */
export function replay(
	index: ScenarioIndex,
	path: readonly string[],
): { states: PlayState[] } | { failedAt: number } {
	const states = [initialPlayState(index)];
	for (const [step, choiceId] of path.entries()) {
		const current = states.at(-1)!;
		const choice = availableChoices(index, current).find((c) => c.id === choiceId);
		if (!choice) return { failedAt: step };
		states.push(applyChoice(current, choice));
	}
	return { states };
}
