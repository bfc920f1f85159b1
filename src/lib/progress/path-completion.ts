import {
	moduleCompletedAt,
	pathProgress,
	quizStats,
	type ModuleMeta,
	type QuizStats,
} from './completion';
import type { ProgressState } from '../../schemas/stored/progress-state';

/** The learning path's tests as the browser knows them (lib/quiz/path-test.ts). */
export interface PathTestsMeta {
	/** Stored-progress key of the entry test (Eingangstest). */
	entryKey: string;
	/** Stored-progress key of the final test (Abschlusstest). */
	finalKey: string;
	/** False for a path whose modules have no knowledge check: it is complete with its modules. */
	hasFinalTest: boolean;
}

export interface PathCompletion {
	modulesCompleted: number;
	modulesTotal: number;
	/** The final test is offered once every module of the path is complete. */
	finalTestOpen: boolean;
	entry: QuizStats;
	final: QuizStats;
	/** Every module complete and the final test passed. */
	complete: boolean;
	/** Modules and the final test as steps, 0–100. */
	percent: number;
	/** When the path became complete: the later of the last module's completion and the first passed final test. */
	completedAt?: string;
}

/**
 * Where the learner stands in a path: a path is complete when all its modules are complete and its
 * final test is passed. The certificate, the HR completion record and the SCORM report follow this.
 */
export function pathCompletion(
	state: ProgressState,
	modules: ModuleMeta[],
	tests: PathTestsMeta,
): PathCompletion {
	const { completed, total } = pathProgress(state, modules);
	const entry = quizStats(state, tests.entryKey);
	const final = quizStats(state, tests.finalKey);
	const modulesDone = total > 0 && completed === total;
	const complete = modulesDone && (final.passed || !tests.hasFinalTest);
	const steps = total + (tests.hasFinalTest ? 1 : 0);
	let completedAt: string | undefined;
	if (complete) {
		const times = [
			...modules.map((m) => moduleCompletedAt(state, m) ?? ''),
			...(tests.hasFinalTest ? [final.passedAt ?? ''] : []),
		];
		completedAt = times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
	}
	return {
		modulesCompleted: completed,
		modulesTotal: total,
		finalTestOpen: modulesDone,
		entry,
		final,
		complete,
		percent:
			steps === 0
				? 0
				: Math.round(((completed + (complete && tests.hasFinalTest ? 1 : 0)) / steps) * 100),
		...(completedAt ? { completedAt } : {}),
	};
}

/** A learning path as the browser sees it: built at build time (build/content/progress-meta.ts). */
export interface PathMeta {
	id: string;
	title: string;
	href: string;
	certificateHref: string;
	modules: ModuleMeta[];
	/** The path's entry and final test: stored-progress keys and pages. */
	tests: PathTestsMeta & { entryHref: string; finalHref: string };
}
