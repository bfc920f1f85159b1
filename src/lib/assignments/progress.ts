import { moduleCompletedAt, moduleStatus, quizStats, type ModuleMeta, type ModuleStatus, type QuizStats } from '../progress/completion';
import type { ProgressState } from '../progress/schema';
import type { AssignedItem, Assignment } from './schema';

/**
 * Where a learner stands with an assignment, computed from their stored progress. An assignment
 * is complete when every module it names (directly or through a learning path) is complete; it
 * is overdue when it is not complete after its due day, in the learner's (or HR's) local time.
 */

/** What the browser knows of the course: sent by the build as JSON (see pages/lernstand/kurs.json.ts). */
export interface CourseIndex {
	paths: { id: string; title: string; href: string; modules: ModuleMeta[] }[];
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
	/** Items this site does not have (the course changed, or the link names something else). */
	unknown: AssignedItem[];
}

export function resolveAssignment(assignment: Pick<Assignment, 'items'>, course: CourseIndex): Resolved {
	const items: ResolvedItem[] = [];
	const modules = new Map<string, ModuleMeta>();
	const unknown: AssignedItem[] = [];
	for (const item of assignment.items) {
		if (item.kind === 'path') {
			const path = course.paths.find((p) => p.id === item.id);
			if (!path) unknown.push(item);
			else {
				items.push({ ...item, title: path.title, href: path.href });
				for (const module of path.modules) if (!modules.has(module.id)) modules.set(module.id, module);
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
	return { items, modules: [...modules.values()], unknown };
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
	quiz?: QuizStats & { passedAt?: string };
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
	/** Mean of the best results of the knowledge checks taken so far, 0–100; undefined before the first. */
	score?: number;
	modules: ModuleOutcome[];
}

/** Mean of the best results of the checks taken so far, rounded; undefined when none was taken. */
export function meanBestScore(quizzes: (QuizStats | undefined)[]): number | undefined {
	const best = quizzes.flatMap((quiz) => (quiz?.best !== undefined ? [quiz.best] : []));
	return best.length === 0 ? undefined : Math.round(best.reduce((a, b) => a + b, 0) / best.length);
}

const latest = (stamps: string[]): string | undefined =>
	stamps.length === 0 ? undefined : stamps.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));

export function assignmentProgress(state: ProgressState, assignment: Assignment, course: CourseIndex, today = localDay()): AssignmentProgress {
	const { modules } = resolveAssignment(assignment, course);
	const outcomes: ModuleOutcome[] = modules.map((meta) => {
		const stats = meta.quizId ? quizStats(state, meta.quizId) : undefined;
		const passedAt = meta.quizId ? state.quizAttempts[meta.quizId]?.find((a) => a.passed)?.finishedAt : undefined;
		return {
			meta,
			status: moduleStatus(state, meta),
			completedAt: moduleCompletedAt(state, meta),
			quiz: stats ? { ...stats, ...(passedAt ? { passedAt } : {}) } : undefined,
		};
	});
	const completed = outcomes.filter((o) => o.status.status === 'completed').length;
	const total = outcomes.length;
	const status: AssignmentStatusKind =
		total > 0 && completed === total ? 'completed' : outcomes.some((o) => o.status.status !== 'not-started') ? 'in-progress' : 'not-started';
	const completedAt = status === 'completed' ? latest(outcomes.flatMap((o) => (o.completedAt ? [o.completedAt] : []))) : undefined;
	return {
		status,
		completed,
		total,
		completedAt,
		overdue: status !== 'completed' && today > assignment.due,
		late: completedAt !== undefined && dayOf(completedAt) > assignment.due,
		score: meanBestScore(outcomes.map((o) => o.quiz)),
		modules: outcomes,
	};
}
