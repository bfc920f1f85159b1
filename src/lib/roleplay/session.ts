import type { Snapshot } from 'xstate';
import { createRoleplayMachine, type RoleplayMachine } from './machine';
import type { Roleplay } from '../../schemas/roleplay';
import { indexScenario, type ScenarioIndex } from './engine';
import type { RoleplayPersistence } from './persistence';
import { restoreSnapshot } from './restore-snapshot';
import { runOf } from './run';

/**
 * Everything the island needs to run one scenario, wired to its effects: the machine with
 * `recordRun` provided, and the stored conversation if it may be continued. Kept apart from React
 * so the wiring is tested without a browser.
 */
export interface RoleplaySession {
	scenarioId: string;
	index: ScenarioIndex;
	machine: RoleplayMachine;
	/** The conversation to continue, if one was stored and is valid. */
	snapshot?: Snapshot<unknown>;
	/** What to tell the learner on opening: a continued conversation, or a stored one that was discarded. */
	notice?: 'resumed' | 'reopenedEnding' | 'invalidSnapshot';
	persistence: RoleplayPersistence;
	now: () => Date;
}

export function openRoleplaySession(
	scenarioId: string,
	scenario: Roleplay,
	persistence: RoleplayPersistence,
	now = () => new Date(),
): RoleplaySession {
	const index = indexScenario(scenario);
	const machine = createRoleplayMachine(scenario).provide({
		actions: {
			recordRun: ({ context }, params: { endingId: string }) =>
				persistence.recordRun(runOf(index, scenarioId, context, params.endingId, now())),
		},
	});
	const restored = restoreSnapshot(
		machine,
		safely(() => persistence.loadSnapshot(scenarioId)),
	);
	// A finished conversation shows its debrief again: it is not "continued".
	const atEnding =
		restored.kind === 'restored' &&
		index.endings.has(String((restored.snapshot as { value?: unknown }).value));
	return {
		scenarioId,
		index,
		machine,
		persistence,
		now,
		...(restored.kind === 'restored'
			? {
					snapshot: restored.snapshot,
					notice: atEnding ? ('reopenedEnding' as const) : ('resumed' as const),
				}
			: {}),
		...(restored.kind === 'invalid' ? { notice: 'invalidSnapshot' as const } : {}),
	};
}

/** A persistence that throws must not take the role-play down with it: treat it as "nothing stored". */
function safely<T>(read: () => T): T | undefined {
	try {
		return read();
	} catch {
		return undefined;
	}
}
