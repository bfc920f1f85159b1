import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel, getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { availableChoices, indexScenario, replay } from '../../../src/lib/roleplay/engine';
import { InMemoryRoleplayPersistence } from '../../../src/lib/roleplay/persistence';
import { openRoleplaySession } from '../../../src/lib/roleplay/session';
import { createRoleplayMachine, ENDING_TAG, type RoleplayEvent } from '../../../src/machines/roleplay-machine';
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
	const startedAt = '2025-03-01T09:00:00.000Z';
	const options = {
		input: { startedAt },
		// Every choice of the node, on offer or not: the machine's guards decide.
		events: (state: State): RoleplayEvent[] =>
			(index.nodes.get(String(state.value))?.choices ?? []).map((choice) => ({ type: 'user.choose', choiceId: choice.id })),
		filterEvents: (_: State, event: RoleplayEvent) => event.type === 'user.choose',
		// A state is where the conversation is, with meters and flags; the steps that led there do not count.
		serializeState: (state: State) => JSON.stringify([state.value, state.context.meters, state.context.flags]),
	};
	const isEnding = (state: State) => state.hasTag(ENDING_TAG);
	const adjacency = Object.values(getAdjacencyMap(machine, options));
	/** The choices the machine accepted in a state (a refused one leaves the history as it was). */
	const moves = (entry: (typeof adjacency)[number]) =>
		Object.values(entry.transitions).filter((t) => t.state.context.history.length > entry.state.context.history.length);

	it('keeps every meter within its bounds in every reachable state', () => {
		for (const { state } of adjacency)
			for (const meter of METER_IDS) {
				expect(state.context.meters[meter]).toBeGreaterThanOrEqual(METER_MIN);
				expect(state.context.meters[meter]).toBeLessThanOrEqual(METER_MAX);
			}
	});

	it('offers exactly the choices the rules allow, and only endings offer none', () => {
		for (const entry of adjacency) {
			const offered = moves(entry).map((t) => (t.event as { choiceId: string }).choiceId);
			const { value, context } = entry.state;
			expect(offered).toEqual(availableChoices(index, { at: String(value), meters: context.meters, flags: context.flags }).map((c) => c.id));
			expect(offered.length === 0, `${String(value)}: ${offered.length} choices`).toBe(isEnding(entry.state));
		}
	});

	it('ends every path in an ending: from every reachable state an ending can be reached', () => {
		const key = options.serializeState;
		const canEnd = new Set(adjacency.filter((entry) => isEnding(entry.state)).map((entry) => key(entry.state)));
		for (let grew = true; grew; ) {
			grew = false;
			for (const entry of adjacency)
				if (!canEnd.has(key(entry.state)) && moves(entry).some((t) => canEnd.has(key(t.state)))) (canEnd.add(key(entry.state)), (grew = true));
		}
		expect(adjacency.filter((entry) => !canEnd.has(key(entry.state))).map((entry) => entry.state.value)).toEqual([]);
		const simplePaths = getSimplePaths(machine, { ...options, toState: isEnding });
		expect(simplePaths.length).toBeGreaterThan(0);
		for (const path of simplePaths) expect(isEnding(path.state)).toBe(true);
	});

	it('reaches every node and every ending on some path', () => {
		const reached = new Set(getShortestPaths(machine, options).map((path) => String(path.state.value)));
		expect([...index.nodes.keys(), ...index.endings.keys()].filter((nodeId) => !reached.has(nodeId))).toEqual([]);
	});

	it('records each run at its ending, as the rules compute it (test model drives a live session)', async () => {
		const paths = createTestModel(machine, options).getShortestPaths({ toState: isEnding });
		expect(new Set(paths.map((path) => String(path.state.value)))).toEqual(new Set(index.endings.keys()));
		for (const path of paths) {
			const persistence = new InMemoryRoleplayPersistence();
			const session = openRoleplaySession(id, scenario, persistence, () => new Date('2025-03-01T09:10:00.000Z'));
			const actor = createActor(session.machine, { input: { startedAt } }).start();
			await path.test({
				events: { 'user.choose': ({ event }) => actor.send(event) },
				states: { '*': (state) => expect(actor.getSnapshot().value).toEqual(state.value) },
			});
			const choiceIds = path.steps.flatMap((step) => (step.event.type === 'user.choose' ? [step.event.choiceId] : []));
			const rules = replay(index, choiceIds);
			if ('failedAt' in rules) throw new Error(`${path.description}: rules reject step ${rules.failedAt + 1}`);
			const end = rules.states.at(-1)!;
			expect(persistence.runs()).toEqual([
				{
					scenarioId: id,
					startedAt,
					finishedAt: '2025-03-01T09:10:00.000Z',
					path: choiceIds,
					meters: end.meters,
					endingId: end.at,
					outcome: index.endings.get(end.at)!.outcome,
				},
			]);
		}
	});
});
