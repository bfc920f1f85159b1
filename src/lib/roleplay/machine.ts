import { and, assign, setup } from 'xstate';
import type { MeterValues } from '../../schemas/roleplay-constants';
import type { Roleplay } from '../../schemas/roleplay';
import { applyChoice, conditionHolds, indexScenario } from './engine';
import { initialMeters } from './meters';

/**
 * Compiles a role-play scenario into an XState machine: one state per node, one per ending (tagged
 * `ending`). Meters, flags and the steps taken live in the context; the rules come from
 * `lib/roleplay/engine`, so the machine plays exactly like the validator's exploration.
 *
 * Pure: no DOM, no storage, no clock, no randomness. The start time and the seed of the run's choice
 * order come in as input (and with `user.restart`); the seed stays in the context, so a stored run
 * resumes, steps back and reloads with the same order (lib/roleplay/choice-order.ts). Recording a
 * finished run is the placeholder action `recordRun`, which the island provides.
 */

/** One step taken: where the learner was and what they had before choosing, so a step can be undone. */
export interface RoleplayStep {
	nodeId: string;
	choiceId: string;
	meters: MeterValues;
	flags: string[];
}

export interface RoleplayContext {
	/** When this run started (ISO 8601). */
	startedAt: string;
	/** Seeds the order in which this run shows each node's choices. */
	seed: string;
	meters: MeterValues;
	/** Flags set so far, sorted. */
	flags: string[];
	/** Steps taken, oldest first. */
	history: RoleplayStep[];
}

export type RoleplayEvent =
	| { type: 'user.choose'; choiceId: string }
	| { type: 'user.back' }
	| { type: 'user.restart'; startedAt: string; seed: string };

export interface RoleplayInput {
	startedAt: string;
	seed: string;
}

export const ENDING_TAG = 'ending';

export function createRoleplayMachine(scenario: Roleplay) {
	const index = indexScenario(scenario);
	const choiceOf = (choiceId: string) => index.choices.get(choiceId)!.choice;
	const startContext = (startedAt: string, seed: string): RoleplayContext => ({
		startedAt,
		seed,
		meters: initialMeters(scenario.initialMeters),
		flags: [],
		history: [],
	});

	const predecessors = new Map<string, Set<string>>();
	for (const node of scenario.nodes)
		for (const choice of node.choices)
			predecessors.set(choice.target, (predecessors.get(choice.target) ?? new Set()).add(node.id));

	/** Going back returns to the node the last step came from; one guarded transition per possible predecessor. */
	const backTransitions = (id: string) =>
		[...(predecessors.get(id) ?? [])].map((nodeId) => ({
			guard: { type: 'cameFrom' as const, params: { nodeId } },
			target: nodeId,
			actions: 'undoStep' as const,
		}));

	const logic = setup({
		types: {} as { context: RoleplayContext; events: RoleplayEvent; input: RoleplayInput },
		guards: {
			isChoice: ({ event }, params: { choiceId: string }) =>
				event.type === 'user.choose' && event.choiceId === params.choiceId,
			conditionHolds: ({ context }, params: { choiceId: string }) =>
				conditionHolds(choiceOf(params.choiceId).condition, context.meters, context.flags),
			cameFrom: ({ context }, params: { nodeId: string }) =>
				context.history.at(-1)?.nodeId === params.nodeId,
		},
		actions: {
			takeStep: assign(({ context }, params: { nodeId: string; choiceId: string }) => {
				const next = applyChoice(
					{ at: params.nodeId, meters: context.meters, flags: context.flags },
					choiceOf(params.choiceId),
				);
				const step: RoleplayStep = {
					nodeId: params.nodeId,
					choiceId: params.choiceId,
					meters: context.meters,
					flags: context.flags,
				};
				return { meters: next.meters, flags: next.flags, history: [...context.history, step] };
			}),
			undoStep: assign(({ context }) => {
				const last = context.history.at(-1)!;
				return { meters: last.meters, flags: last.flags, history: context.history.slice(0, -1) };
			}),
			restart: assign(({ event }) =>
				event.type === 'user.restart' ? startContext(event.startedAt, event.seed) : {},
			),
			/** Placeholder: the island provides the effect (hand the finished run to the progress store). */
			recordRun: (_, _params: { endingId: string }) => {},
		},
	});

	const nodeStates = scenario.nodes.map((node) => [
		node.id,
		{
			on: {
				'user.choose': node.choices.map((choice) => {
					const params = { choiceId: choice.id };
					return {
						guard: choice.condition
							? and([
									{ type: 'isChoice' as const, params },
									{ type: 'conditionHolds' as const, params },
								])
							: { type: 'isChoice' as const, params },
						target: choice.target,
						actions: {
							type: 'takeStep' as const,
							params: { nodeId: node.id, choiceId: choice.id },
						},
					};
				}),
				'user.back': backTransitions(node.id),
			},
		},
	]);
	const endingStates = scenario.endings.map((ending) => [
		ending.id,
		{
			tags: [ENDING_TAG],
			entry: { type: 'recordRun' as const, params: { endingId: ending.id } },
			on: { 'user.back': backTransitions(ending.id) },
		},
	]);

	return logic.createMachine({
		id: 'roleplay',
		initial: index.startId,
		context: ({ input }) => startContext(input.startedAt, input.seed),
		on: { 'user.restart': { target: `.${index.startId}`, reenter: true, actions: 'restart' } },
		states: Object.fromEntries([...nodeStates, ...endingStates]),
	});
}

export type RoleplayMachine = ReturnType<typeof createRoleplayMachine>;
