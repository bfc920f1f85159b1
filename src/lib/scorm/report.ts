import { pathProgress, quizStats, type ModuleMeta } from '../progress/completion';
import type { ProgressState } from '../progress/schema';
import { meanBestScore } from '../assignments/progress';

/**
 * What the package tells the LMS about its learning path. The path is passed when every module is
 * complete (all sections read, knowledge check passed); until then it is incomplete. The score is
 * the mean of the best results of the path's knowledge checks taken so far, 0–100 (none before
 * the first). Knowledge checks can be retried, so the path is never "failed".
 */
export interface LmsReport {
	completed: boolean;
	/** Undefined until a knowledge check of the path was taken. */
	score?: number;
	/** Share of the path's modules completed, 0–1. */
	progress: number;
	hasQuizzes: boolean;
}

export function lmsReport(state: ProgressState, modules: ModuleMeta[]): LmsReport {
	const progress = pathProgress(state, modules);
	const quizIds = modules.flatMap((m) => (m.quizId ? [m.quizId] : []));
	return {
		completed: modules.length > 0 && progress.completed === progress.total,
		score: meanBestScore(quizIds.map((id) => quizStats(state, id))),
		progress: progress.total === 0 ? 0 : progress.completed / progress.total,
		hasQuizzes: quizIds.length > 0,
	};
}
