import type { FinishedRun } from './persistence';
import type { RoleplayContext } from './machine';
import type { ScenarioIndex } from './engine';

/** The record of a finished run, from the machine's context at an ending. */
export function runOf(
	index: ScenarioIndex,
	scenarioId: string,
	context: RoleplayContext,
	endingId: string,
	finishedAt: Date,
): FinishedRun {
	return {
		scenarioId,
		startedAt: context.startedAt,
		finishedAt: finishedAt.toISOString(),
		path: context.history.map((step) => step.choiceId),
		meters: { ...context.meters },
		endingId,
		outcome: index.endings.get(endingId)!.outcome,
	};
}
