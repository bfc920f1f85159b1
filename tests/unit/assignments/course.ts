import type { CourseIndex } from '../../../src/lib/assignments/progress';
import type { ModuleMeta } from '../../../src/lib/progress/completion';
import { emptyState } from '../../../src/lib/progress/state';
import type { ProgressState } from '../../../src/schemas/stored/progress-state';
import type { Assignment } from '../../../src/schemas/stored/assignment';

/** A small course for assignment tests: two modules with a quiz each, one module without, one path. */
const module = (id: string, quizId?: string): ModuleMeta => ({
	id,
	title: `Modul ${id}`,
	href: `/module/${id}/`,
	sections: ['a', 'b'],
	...(quizId ? { quizId } : {}),
});
export const modules = [module('eins', 'eins'), module('zwei', 'zwei'), module('drei')];
export const course: CourseIndex = {
	paths: [
		{
			id: 'pfad',
			title: 'Der Pfad',
			href: '/pfade/pfad/',
			modules: [modules[0]!, modules[1]!],
			tests: {
				entryKey: 'eingangstest--pfad',
				finalKey: 'abschlusstest--pfad',
				hasFinalTest: true,
			},
		},
	],
	modules,
};

export const assignmentOf = (overrides: Partial<Assignment> = {}): Assignment => ({
	id: 'abcdefgh1234',
	issuedBy: 'Personalentwicklung',
	issuedAt: '2026-11-01',
	due: '2026-11-30',
	items: [
		{ kind: 'path', id: 'pfad' },
		{ kind: 'module', id: 'drei' },
	],
	assignee: { name: 'Anna Weber', email: 'anna.weber@firma.example' },
	...overrides,
});

/** Progress where the given modules are complete at the given time, with a quiz score of `score`. */
export function completed(
	moduleIds: string[],
	at = '2026-11-20T10:00:00.000Z',
	score = 90,
): ProgressState {
	const state = emptyState(at);
	for (const id of moduleIds) {
		state.modules[id] = { firstVisitedAt: at, lastVisitedAt: at, sectionsRead: { a: at, b: at } };
		if (id !== 'drei')
			state.quizAttempts[id] = [
				{
					id: `${id}-1`,
					startedAt: at,
					finishedAt: at,
					answers: {},
					drawn: [],
					correct: 9,
					total: 10,
					score,
					passed: score >= 70,
				},
			];
	}
	return state;
}

/** Adds an attempt of the path's final test (the path is complete only once it is passed). */
export function withFinalTest(
	state: ProgressState,
	score = 85,
	at = '2026-11-20T10:00:00.000Z',
	key = 'abschlusstest--pfad',
): ProgressState {
	state.quizAttempts[key] = [
		...(state.quizAttempts[key] ?? []),
		{
			id: `final-${(state.quizAttempts[key]?.length ?? 0) + 1}`,
			startedAt: at,
			finishedAt: at,
			answers: {},
			drawn: [],
			correct: 12,
			total: 14,
			score,
			passed: score >= 70,
		},
	];
	return state;
}
