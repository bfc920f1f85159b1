import {
	moduleCompletedAt,
	moduleStatus,
	quizStats,
	type ModuleMeta,
	type ModuleStatus,
	type QuizStats,
} from '../progress/completion';
import { pathCompletion, type PathTestsMeta } from '../progress/path-completion';
import type { ProgressState } from '../../schemas/stored/progress-state';
import type { AssignedItem, Assignment } from '../../schemas/stored/assignment';

/**
 * Where a learner stands with an assignment, computed from their stored progress. An assignment
 * is complete when every module it names (directly or through a learning path) is complete and the
 * final test of every path it names is passed (the rule of lib/progress/path-completion.ts); it is
 * overdue when it is not complete after its due day, in the learner's (or HR's) local time.
 */

/** What the browser knows of the course: sent by the build as JSON (see pages/lernstand/kurs.json.ts). */
export interface CourseIndex {
	paths: { id: string; title: string; href: string; modules: ModuleMeta[]; tests: PathTestsMeta }[];
	/** Every module of the course, each with the address where it lives. */
	modules: ModuleMeta[];
}

export interface ResolvedItem {
	kind: AssignedItem['kind'];
	id: string;
	title: string;
	href: string;
}

export interface Resolved {
	items: ResolvedItem[];
	/** The modules to complete, each once, in the order the items name them. */
	modules: ModuleMeta[];
	/** The paths named, whose final tests must be passed. */
	paths: CourseIndex['paths'];
	/** Items this site does not have (the course changed, or the link names something else). */
	unknown: AssignedItem[];
}

export function resolveAssignment(
	assignment: Pick<Assignment, 'items'>,
	course: CourseIndex,
): Resolved {
	const items: ResolvedItem[] = [];
	const modules = new Map<string, ModuleMeta>();
	const paths: CourseIndex['paths'] = [];
	const unknown: AssignedItem[] = [];
	for (const item of assignment.items) {
		if (item.kind === 'path') {
			const path = course.paths.find((p) => p.id === item.id);
			if (!path) unknown.push(item);
			else {
				items.push({ ...item, title: path.title, href: path.href });
				if (!paths.includes(path)) paths.push(path);
				for (const module of path.modules)
					if (!modules.has(module.id)) modules.set(module.id, module);
			}
		} else {
			const module = course.modules.find((m) => m.id === item.id);
			if (!module) unknown.push(item);
			else {
				items.push({ ...item, title: module.title, href: module.href });
				if (!modules.has(module.id)) modules.set(module.id, module);
			}
		}
	}
	return { items, modules: [...modules.values()], paths, unknown };
}

/** Today as YYYY-MM-DD in local time (due dates are calendar days, not instants). */
export function localDay(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local calendar day of an instant. */
export const dayOf = (iso: string): string => localDay(new Date(iso));

export type AssignmentStatusKind = ModuleStatus['status'];

export interface ModuleOutcome {
	meta: ModuleMeta;
	status: ModuleStatus;
	completedAt?: string;
	quiz?: QuizStats;
}

/** A path's entry and final test, as the record shows them side by side. */
export interface PathTestOutcome {
	pathId: string;
	title: string;
	/** The entry test's result, 0–100. */
	entry?: number;
	/** The final test's best result, 0–100. */
	final?: number;
	passed: boolean;
	passedAt?: string;
	/** When the whole path became complete, as its certificate states it (and its verification code). */
	completedAt?: string;
}

export interface AssignmentProgress {
	status: AssignmentStatusKind;
	completed: number;
	total: number;
	completedAt?: string;
	/** Not complete, and the due day has passed. */
	overdue: boolean;
	/** Completed after the due day. */
	late: boolean;
	/**
	 * 0–100, undefined before the first result: with paths, the mean of their final tests' best results;
	 * with modules alone, the mean of the best results of their knowledge checks.
	 */
	score?: number;
	modules: ModuleOutcome[];
	pathTests: PathTestOutcome[];
}

/** Mean of the best results of the checks (or tests) taken so far, rounded; undefined when none was taken. */
export function meanBestScore(
	quizzes: (Pick<QuizStats, 'best'> | undefined)[],
): number | undefined {
	const best = quizzes.flatMap((quiz) => (quiz?.best !== undefined ? [quiz.best] : []));
	return best.length === 0 ? undefined : Math.round(best.reduce((a, b) => a + b, 0) / best.length);
}

const latest = (stamps: string[]): string | undefined =>
	stamps.length === 0
		? undefined
		: stamps.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));

export function assignmentProgress(
	state: ProgressState,
	assignment: Assignment,
	course: CourseIndex,
	today = localDay(),
): AssignmentProgress {
	const { modules, paths } = resolveAssignment(assignment, course);
	const pathTests: PathTestOutcome[] = paths.map((path) => {
		const entry = quizStats(state, path.tests.entryKey);
		const final = quizStats(state, path.tests.finalKey);
		const { completedAt } = pathCompletion(state, path.modules, path.tests);
		// A path without a final test is complete with its modules.
		return {
			pathId: path.id,
			title: path.title,
			...(entry.first !== undefined ? { entry: entry.first } : {}),
			...(final.best !== undefined ? { final: final.best } : {}),
			passed: final.passed || !path.tests.hasFinalTest,
			...(final.passedAt ? { passedAt: final.passedAt } : {}),
			...(completedAt ? { completedAt } : {}),
		};
	});
	const outcomes: ModuleOutcome[] = modules.map((meta) => {
		const stats = meta.quizId ? quizStats(state, meta.quizId) : undefined;
		return {
			meta,
			status: moduleStatus(state, meta),
			completedAt: moduleCompletedAt(state, meta),
			quiz: stats,
		};
	});
	const completed = outcomes.filter((o) => o.status.status === 'completed').length;
	const total = outcomes.length;
	const testsPassed = pathTests.every((test) => test.passed);
	const begun =
		outcomes.some((o) => o.status.status !== 'not-started') ||
		pathTests.some((test) => test.entry !== undefined || test.final !== undefined);
	const status: AssignmentStatusKind =
		total > 0 && completed === total && testsPassed
			? 'completed'
			: begun
				? 'in-progress'
				: 'not-started';
	const completedAt =
		status === 'completed'
			? latest([
					...outcomes.flatMap((o) => (o.completedAt ? [o.completedAt] : [])),
					...pathTests.flatMap((test) => (test.passedAt ? [test.passedAt] : [])),
				])
			: undefined;
	return {
		status,
		completed,
		total,
		completedAt,
		overdue: status !== 'completed' && today > assignment.due,
		late: completedAt !== undefined && dayOf(completedAt) > assignment.due,
		score:
			pathTests.length > 0
				? meanBestScore(pathTests.map((test) => ({ best: test.final })))
				: meanBestScore(outcomes.map((o) => o.quiz)),
		modules: outcomes,
		pathTests,
	};
}
