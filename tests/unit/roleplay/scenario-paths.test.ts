import { describe, expect, it } from 'vitest';
import { createActor, type EventFromLogic } from 'xstate';
import { createTestModel, getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { availableChoices, indexScenario, replay } from '../../../src/lib/roleplay/engine';
import {
	InMemoryRoleplayPersistence,
	type FinishedRun,
} from '../../../src/lib/roleplay/persistence';
import { openRoleplaySession } from '../../../src/lib/roleplay/session';
import {
	createRoleplayMachine,
	ENDING_TAG,
	type RoleplayEvent,
} from '../../../src/lib/roleplay/machine';
import { METER_IDS, METER_MAX, METER_MIN } from '../../../src/schemas';
import type { Roleplay } from '../../../src/schemas/roleplay';
import { loadCourseFromDisk } from '../content/load-content';
import { fixtureScenario } from './fixture';

/**
 * Model-based tests of every scenario (the fixture and all of content/roleplays): `xstate/graph`
 * walks the compiled machine through every choice in every reachable state.
 */
const scenarios: [string, Roleplay][] = [
	['kurzbesuch (fixture)', fixtureScenario()],
	...loadCourseFromDisk().roleplays.map((entry): [string, Roleplay] => [entry.id, entry.data]),
];

describe.each(scenarios)('scenario %s', (id, scenario) => {
	const index = indexScenario(scenario);
	const machine = createRoleplayMachine(scenario);
	type State = ReturnType<typeof machine.getInitialSnapshot>;
	type MachineEvent = EventFromLogic<typeof machine>;
	const startedAt = '2025-03-01T09:00:00.000Z';
	const options = {
		input: { startedAt, seed: 'fest' },
		// Every choice of the node, on offer or not: the machine's guards decide.
		events: (state: State): MachineEvent[] =>
			(index.nodes.get(String(state.value))?.choices ?? []).map((choice) => ({
				type: 'user.choose',
				choiceId: choice.id,
			})),
		filterEvents: (_: State, event: MachineEvent) => event.type === 'user.choose',
		// A state is where the conversation is, with meters and flags; the steps that led there do not count.
		serializeState: (state: State) =>
			JSON.stringify([state.value, state.context.meters, state.context.flags]),
	};
	const isEnding = (state: State) => state.hasTag(ENDING_TAG);
	const adjacency = Object.values(getAdjacencyMap(machine, options));
	/** The choices the machine accepted in a state (a refused one leaves the history as it was). */
	const moves = (entry: (typeof adjacency)[number]) =>
		(Object.values(entry.transitions) as { event: MachineEvent; state: State }[]).filter(
			(t) => t.state.context.history.length > entry.state.context.history.length,
		);

	it('keeps every meter within its bounds in every reachable state', () => {
		const outside = adjacency.flatMap(({ state }) =>
			METER_IDS.filter(
				(meter) =>
					!(state.context.meters[meter] >= METER_MIN && state.context.meters[meter] <= METER_MAX),
			).map((meter) => `${String(state.value)}: ${meter} = ${state.context.meters[meter]}`),
		);
		expect(outside).toEqual([]);
	});

	it('offers exactly the choices the rules allow, and only endings offer none', () => {
		const disagreements = adjacency.flatMap((entry) => {
			const offered = moves(entry).map((t) => (t.event as { choiceId: string }).choiceId);
			const { value, context } = entry.state;
			const allowed = availableChoices(index, {
				at: String(value),
				meters: context.meters,
				flags: context.flags,
			}).map((c) => c.id);
			const problems =
				offered.join() === allowed.join()
					? []
					: [`${String(value)}: machine ${offered.join()} / rules ${allowed.join()}`];
			return (offered.length === 0) === isEnding(entry.state)
				? problems
				: [...problems, `${String(value)}: dead end`];
		});
		expect(disagreements).toEqual([]);
	});

	it('ends every path in an ending: from every reachable state an ending can be reached', () => {
		// Backwards from the endings over the machine's own transitions; what is never reached could wander forever.
		const key = options.serializeState;
		const predecessors = new Map<string, string[]>();
		for (const entry of adjacency)
			for (const t of moves(entry))
				predecessors.set(key(t.state), [
					...(predecessors.get(key(t.state)) ?? []),
					key(entry.state),
				]);
		const canEnd = new Set(
			adjacency.filter((entry) => isEnding(entry.state)).map((entry) => key(entry.state)),
		);
		const queue = [...canEnd];
		while (queue.length > 0)
			for (const from of predecessors.get(queue.pop()!) ?? [])
				if (!canEnd.has(from)) (canEnd.add(from), queue.push(from));
		expect(
			adjacency
				.filter((entry) => !canEnd.has(key(entry.state)))
				.map((entry) => String(entry.state.value)),
		).toEqual([]);
	});

	it('reaches every node and every ending on some path', () => {
		const paths = getShortestPaths(machine, options);
		const reached = new Set(paths.map((path) => String(path.state.value)));
		expect(
			[...index.nodes.keys(), ...index.endings.keys()].filter((nodeId) => !reached.has(nodeId)),
		).toEqual([]);
		const eventTypes = new Set(
			paths.flatMap((path) => path.steps.map((step) => (step.event as { type: string }).type)),
		);
		expect(
			[...eventTypes].filter((type) => type !== 'user.choose' && type !== 'xstate.init'),
		).toEqual([]);
	});

	it('records each run at its ending, as the rules compute it (test model drives a live session)', async () => {
		const paths = createTestModel(machine, options).getShortestPaths({ toState: isEnding });
		expect(new Set(paths.map((path) => String(path.state.value)))).toEqual(
			new Set(index.endings.keys()),
		);
		const runs: FinishedRun[] = [];
		const persistence = Object.assign(new InMemoryRoleplayPersistence(), {
			recordRun: (run: FinishedRun) => runs.push(run),
		});
		const session = openRoleplaySession(
			id,
			scenario,
			persistence,
			() => new Date('2025-03-01T09:10:00.000Z'),
		);
		for (const [n, path] of paths.entries()) {
			const actor = createActor(session.machine, { input: { startedAt, seed: 'fest' } }).start();
			await path.test({
				events: { 'user.choose': ({ event }) => actor.send(event as RoleplayEvent) },
				states: { '*': (state) => expect(actor.getSnapshot().value).toEqual(state.value) },
			});
			const choiceIds = path.steps.flatMap((step) =>
				step.event.type === 'user.choose' ? [step.event.choiceId] : [],
			);
			const rules = replay(index, choiceIds);
			if ('failedAt' in rules)
				throw new Error(`${path.description}: rules reject step ${rules.failedAt + 1}`);
			const end = rules.states.at(-1)!;
			expect(runs).toHaveLength(n + 1);
			expect(runs.at(-1)).toEqual({
				scenarioId: id,
				startedAt,
				finishedAt: '2025-03-01T09:10:00.000Z',
				path: choiceIds,
				meters: end.meters,
				endingId: end.at,
				outcome: index.endings.get(end.at)!.outcome,
			});
		}
	});
});

describe('simple paths of the fixture scenario, which has a loop', () => {
	// Enumerating every simple path costs states × paths, affordable for the small fixture only; the
	// content scenarios are covered by the backward check above, which is equivalent and linear.
	const scenario = fixtureScenario();
	const index = indexScenario(scenario);
	const machine = createRoleplayMachine(scenario);
	type State = ReturnType<typeof machine.getInitialSnapshot>;
	const options = {
		input: { startedAt: '2025-03-01T09:00:00.000Z', seed: 'fest' },
		events: (state: State): EventFromLogic<typeof machine>[] =>
			(index.nodes.get(String(state.value))?.choices ?? []).map((choice) => ({
				type: 'user.choose',
				choiceId: choice.id,
			})),
		serializeState: (state: State) =>
			JSON.stringify([state.value, state.context.meters, state.context.flags]),
	};

	it('ends every path that cannot go on in an ending, and reaches every ending', () => {
		const paths = getSimplePaths(machine, options);
		const stuck = paths.filter(
			(path) =>
				!path.state.hasTag(ENDING_TAG) &&
				availableChoices(index, { at: String(path.state.value), ...path.state.context }).length ===
					0,
		);
		expect(stuck).toEqual([]);
		const endings = paths
			.filter((path) => path.state.hasTag(ENDING_TAG))
			.map((path) => String(path.state.value));
		expect(new Set(endings)).toEqual(new Set(index.endings.keys()));
	});
});
