import type { ProgressState } from '../../schemas/stored/progress-state';
import type { QuizAttempt } from '../../schemas/stored/quiz-attempt';

/**
 * Where the learner stands, computed from stored progress and the course's structure.
 * A module is complete when all its sections are read (or the module was marked read)
 * and its knowledge check, if it has one, was passed at least once.
 */

/** What the pages tell the browser about a module. */
export interface ModuleMeta {
	id: string;
	title: string;
	href: string;
	/** Slugs of the module's `##` sections. */
	sections: string[];
	quizId?: string;
}

export type ModuleStatusKind = 'not-started' | 'in-progress' | 'completed';

export interface ModuleStatus {
	status: ModuleStatusKind;
	sectionsRead: number;
	sectionsTotal: number;
	/** Null when the module has no knowledge check. */
	quizPassed: boolean | null;
}

export interface QuizStats {
	attempts: number;
	/** Score of the first attempt (an entry test's result). */
	first?: number;
	best?: number;
	last?: number;
	passed: boolean;
	/** When the first passed attempt finished. */
	passedAt?: string;
	lastAttempt?: QuizAttempt;
}

export function quizStats(state: ProgressState, quizId: string): QuizStats {
	const attempts = state.quizAttempts[quizId] ?? [];
	const last = attempts.at(-1);
	const passedAt = attempts.find((a) => a.passed)?.finishedAt;
	return {
		attempts: attempts.length,
		first: attempts[0]?.score,
		best: attempts.length > 0 ? Math.max(...attempts.map((a) => a.score)) : undefined,
		last: last?.score,
		passed: attempts.some((a) => a.passed),
		...(passedAt ? { passedAt } : {}),
		lastAttempt: last,
	};
}

export function moduleStatus(state: ProgressState, meta: ModuleMeta): ModuleStatus {
	const progress = state.modules[meta.id];
	const sectionsRead = progress?.markedReadAt
		? meta.sections.length
		: meta.sections.filter((slug) => progress?.sectionsRead[slug]).length;
	const quizPassed = meta.quizId ? quizStats(state, meta.quizId).passed : null;
	const complete = sectionsRead === meta.sections.length && quizPassed !== false;
	const started =
		progress !== undefined ||
		(meta.quizId !== undefined && (state.quizAttempts[meta.quizId]?.length ?? 0) > 0);
	return {
		status: complete && started ? 'completed' : started ? 'in-progress' : 'not-started',
		sectionsRead,
		sectionsTotal: meta.sections.length,
		quizPassed,
	};
}

export function pathProgress(
	state: ProgressState,
	modules: ModuleMeta[],
): { completed: number; total: number; percent: number } {
	const completed = modules.filter(
		(meta) => moduleStatus(state, meta).status === 'completed',
	).length;
	return {
		completed,
		total: modules.length,
		percent: modules.length === 0 ? 0 : Math.round((completed / modules.length) * 100),
	};
}

/** When a completed module became complete: the later of "all sections read" and the first passed attempt. */
export function moduleCompletedAt(state: ProgressState, meta: ModuleMeta): string | undefined {
	if (moduleStatus(state, meta).status !== 'completed') return undefined;
	const progress = state.modules[meta.id];
	const readTimes = progress?.markedReadAt
		? [progress.markedReadAt]
		: meta.sections.map((slug) => progress?.sectionsRead[slug] ?? '');
	const read =
		progress?.markedReadAt ??
		readTimes.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b), readTimes[0] ?? '');
	const passed = meta.quizId ? quizStats(state, meta.quizId).passedAt : undefined;
	return (
		[read, passed]
			.filter((x): x is string => Boolean(x))
			.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b), '') || undefined
	);
}
