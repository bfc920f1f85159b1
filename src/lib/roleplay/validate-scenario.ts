import { METER_MAX, METER_MIN } from '../../schemas/roleplay-constants';
import type { Roleplay } from '../../schemas/roleplay';
import { indexScenario, type ScenarioIndex } from './engine';
import {
	EXPLORATION_LIMIT,
	exploreScenario,
	pathTo,
	reachableOutcomes,
	type StateGraph,
} from './explore';
import { isMeterId } from './meters';

/**
 * Checks a role-play scenario as a graph, beyond what its schema can see in one field.
 * Pure: takes the parsed scenario, returns problems naming where they are (`Knoten "…"`), which the
 * build reports with the file name. First the structure (conditions ignored), then, if that is
 * sound, the scenario played by its rules, so a condition that blocks the way is found too.
 */

export interface ScenarioProblem {
	/** Where in the scenario, e.g. `Knoten "einstieg", Auswahl "fachlich"`. */
	field: string;
	message: string;
}

const at = {
	node: (id: string) => `Knoten "${id}"`,
	choice: (nodeId: string, choiceId: string) => `Knoten "${nodeId}", Auswahl "${choiceId}"`,
	ending: (id: string) => `Ende "${id}"`,
	target: (id: string, index: ScenarioIndex) =>
		index.endings.has(id) ? at.ending(id) : at.node(id),
};

/** `limit`: how many states the exploration may visit before it gives up (and says so). */
export function validateScenario(scenario: Roleplay, limit = EXPLORATION_LIMIT): ScenarioProblem[] {
	const index = indexScenario(scenario);
	const structural = checkStructure(index);
	return structural.length > 0
		? structural
		: checkPlay(index, exploreScenario(index, limit), limit);
}

function checkStructure(index: ScenarioIndex): ScenarioProblem[] {
	const { scenario } = index;
	const problems: ScenarioProblem[] = [];
	const report = (field: string, message: string) => problems.push({ field, message });

	const seen = new Set<string>();
	for (const { id } of [...scenario.nodes, ...scenario.endings]) {
		if (seen.has(id))
			report(
				at.target(id, index),
				`Die ID "${id}" kommt mehrfach vor (Knoten und Enden teilen sich die IDs).`,
			);
		seen.add(id);
	}
	if (scenario.start && !index.nodes.has(scenario.start))
		report('start', `Der Startknoten "${scenario.start}" gibt es nicht unter "nodes".`);
	for (const [name, value] of Object.entries(scenario.initialMeters)) {
		if (!isMeterId(name)) report(`initialMeters.${name}`, unknownMeter(name));
		else if (value < METER_MIN || value > METER_MAX)
			report(
				`initialMeters.${name}`,
				`Startwert ${value} liegt nicht zwischen ${METER_MIN} und ${METER_MAX}.`,
			);
	}

	const flagsSet = new Set(
		scenario.nodes.flatMap((node) => node.choices.flatMap((choice) => choice.sets)),
	);
	const choiceOwner = new Map<string, string>();
	for (const node of scenario.nodes) {
		for (const choice of node.choices) {
			const where = at.choice(node.id, choice.id);
			const owner = choiceOwner.get(choice.id);
			if (owner) report(where, `Die Auswahl-ID "${choice.id}" gibt es schon in Knoten "${owner}".`);
			else choiceOwner.set(choice.id, node.id);
			if (!seen.has(choice.target))
				report(where, `Das Ziel "${choice.target}" gibt es nicht (weder Knoten noch Ende).`);
			for (const name of Object.keys(choice.effects))
				if (!isMeterId(name)) report(where, `Wirkung auf ${unknownMeter(name)}`);
			const condition = choice.condition ?? {};
			for (const [name, threshold] of [
				...Object.entries(condition.min ?? {}),
				...Object.entries(condition.max ?? {}),
			]) {
				if (!isMeterId(name)) report(where, `Bedingung auf ${unknownMeter(name)}`);
				else if (threshold < METER_MIN || threshold > METER_MAX)
					report(
						where,
						`Die Schwelle ${threshold} für "${name}" liegt nicht zwischen ${METER_MIN} und ${METER_MAX}.`,
					);
			}
			for (const flag of [...(condition.flags ?? []), ...(condition.notFlags ?? [])])
				if (!flagsSet.has(flag))
					report(
						where,
						`Die Bedingung nennt das Merkmal "${flag}", das keine Auswahl setzt (Tippfehler?).`,
					);
		}
	}
	if (problems.length > 0) return problems; // the graph checks below need sound targets

	const successors = (id: string) =>
		(index.nodes.get(id)?.choices ?? []).map((choice) => choice.target);
	const reachable = closure([index.startId], successors);
	for (const id of seen)
		if (!reachable.has(id)) report(at.target(id, index), 'Kein Weg vom Start führt hierher.');

	const predecessors = new Map<string, string[]>();
	for (const node of scenario.nodes)
		for (const choice of node.choices)
			predecessors.set(choice.target, [...(predecessors.get(choice.target) ?? []), node.id]);
	const leadsToEnding = closure([...index.endings.keys()], (id) => predecessors.get(id) ?? []);
	const trapped = new Set<string>();
	for (const cycle of closedCycles(index, successors)) {
		cycle.forEach((id) => trapped.add(id));
		report(
			at.node(cycle[0]!),
			`Zyklus ohne Ausweg: ${[...cycle, cycle[0]].join(' → ')}. Keine Auswahl führt aus diesem Kreis zu einem Ende.`,
		);
	}
	for (const node of scenario.nodes)
		if (!leadsToEnding.has(node.id) && !trapped.has(node.id))
			report(at.node(node.id), 'Von diesem Knoten aus ist kein Ende erreichbar.');
	return problems;
}

/** The scenario played by its rules: conditions can block a way the structure offers. */
function checkPlay(index: ScenarioIndex, graph: StateGraph, limit: number): ScenarioProblem[] {
	if (!graph.complete)
		return [
			{
				field: 'nodes',
				message: `Das Rollenspiel hat mehr als ${limit} mögliche Zustände und lässt sich nicht vollständig prüfen. Bitte vereinfachen.`,
			},
		];
	const problems: ScenarioProblem[] = [];
	const reachedIds = new Set([...graph.states.values()].map((state) => state.at));
	const offered = new Set(
		[...graph.edges.values()].flatMap((edges) => edges.map((edge) => edge.choiceId)),
	);
	const masks = reachableOutcomes(index, graph);
	const example = (key: string) => {
		const path = pathTo(graph, key);
		return path.length > 0 ? ` (z. B. nach: ${path.join(' → ')})` : ' (gleich zu Beginn)';
	};
	const reportedNodes = new Set<string>();

	for (const id of [...index.nodes.keys(), ...index.endings.keys()])
		if (!reachedIds.has(id))
			problems.push({
				field: at.target(id, index),
				message: 'Wird nie erreicht: die Bedingungen auf dem Weg hierher sind nie erfüllt.',
			});
	for (const node of index.scenario.nodes)
		for (const choice of node.choices)
			if (reachedIds.has(node.id) && !offered.has(choice.id))
				problems.push({
					field: at.choice(node.id, choice.id),
					message: 'Diese Auswahl wird nie angeboten: ihre Bedingung ist nie erfüllt.',
				});
	for (const [key, state] of graph.states) {
		if (index.endings.has(state.at) || reportedNodes.has(state.at)) continue;
		if (graph.edges.get(key)!.length === 0) {
			reportedNodes.add(state.at);
			problems.push({
				field: at.node(state.at),
				message: `Hier kann das Gespräch steckenbleiben: keine Auswahl ist verfügbar${example(key)}.`,
			});
		} else if (masks.get(key) === 0) {
			reportedNodes.add(state.at);
			problems.push({
				field: at.node(state.at),
				message: `Von hier aus ist kein Ende mehr erreichbar, die Bedingungen lassen nur einen Kreis offen${example(key)}.`,
			});
		}
	}
	return problems;
}

const unknownMeter = (name: string) =>
	`unbekanntes Kriterium "${name}". Erlaubt: sympathie, anerkennung, vertrauen, gegenseitigkeit, intensitaet, kompetenz.`;

function closure(from: string[], next: (id: string) => string[]): Set<string> {
	const seen = new Set(from);
	const queue = [...from];
	while (queue.length > 0)
		for (const id of next(queue.pop()!)) if (!seen.has(id)) (seen.add(id), queue.push(id));
	return seen;
}

/**
 * Cycles nothing leaves: strongly connected components (Tarjan) with a cycle in them and no edge
 * to anything outside. Each is returned in document order of its nodes.
 */
function closedCycles(index: ScenarioIndex, successors: (id: string) => string[]): string[][] {
	const order = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];
	const visit = (id: string) => {
		order.set(id, order.size);
		low.set(id, order.get(id)!);
		stack.push(id);
		onStack.add(id);
		for (const next of successors(id)) {
			if (!order.has(next)) {
				visit(next);
				low.set(id, Math.min(low.get(id)!, low.get(next)!));
			} else if (onStack.has(next)) low.set(id, Math.min(low.get(id)!, order.get(next)!));
		}
		if (low.get(id) === order.get(id)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== id);
			components.push(component);
		}
	};
	for (const id of index.nodes.keys()) if (!order.has(id)) visit(id);
	const documentOrder = [...index.nodes.keys()];
	return components
		.filter(
			(component) => component.length > 1 || successors(component[0]!).includes(component[0]!),
		)
		.filter((component) =>
			component.every((id) => successors(id).every((next) => component.includes(next))),
		)
		.map((component) => documentOrder.filter((id) => component.includes(id)));
}
