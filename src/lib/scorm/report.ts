import type { ModuleMeta } from '../progress/completion';
import { pathCompletion, type PathTestsMeta } from '../progress/path-completion';
import type { ProgressState } from '../../schemas/stored/progress-state';

/**
 * What the package tells the LMS about its learning path. The path is passed when every module is
 * complete (all sections read, knowledge check passed) and its final test is passed; until then it
 * is incomplete. The score is the final test's best result, 0–100 (none before the first attempt).
 * The final test can be retried, so the path is never "failed". Until 2026-12 the path was passed
 * with its modules alone and scored by the mean of its knowledge checks; suspend data of that time
 * is still read (suspend-data.ts), and an attempt the LMS already has as passed stays passed
 * (runner.ts).
 */
export interface LmsReport {
	completed: boolean;
	/** Undefined until the final test was taken. */
	score?: number;
	/** Share of the path's steps done (its modules and the final test), 0–1. */
	progress: number;
	/** The path is passed on a test, so the LMS gets "passed" rather than "completed". */
	hasQuizzes: boolean;
}

export function lmsReport(
	state: ProgressState,
	modules: ModuleMeta[],
	tests: PathTestsMeta,
): LmsReport {
	const path = pathCompletion(state, modules, tests);
	return {
		completed: modules.length > 0 && path.complete,
		score: path.final.best,
		progress: tests.hasFinalTest
			? (path.modulesCompleted + (path.complete ? 1 : 0)) / (path.modulesTotal + 1)
			: path.modulesCompleted / Math.max(1, path.modulesTotal),
		hasQuizzes: tests.hasFinalTest,
	};
}
