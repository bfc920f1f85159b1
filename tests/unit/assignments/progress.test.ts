import { describe, expect, it } from 'vitest';
import {
	assignmentProgress,
	localDay,
	resolveAssignment,
} from '../../../src/lib/assignments/progress';
import { emptyState } from '../../../src/lib/progress/state';
import { assignmentOf, completed, course, withFinalTest } from './course';

describe('assignment progress', () => {
	it('names the modules of every path and module once, in order, and the items it does not know', () => {
		const resolved = resolveAssignment(
			assignmentOf({
				items: [
					{ kind: 'module', id: 'zwei' },
					{ kind: 'path', id: 'pfad' },
					{ kind: 'path', id: 'weg' },
				],
			}),
			course,
		);
		expect(resolved.modules.map((m) => m.id)).toEqual(['zwei', 'eins']);
		expect(resolved.items.map((i) => i.title)).toEqual(['Modul zwei', 'Der Pfad']);
		expect(resolved.unknown).toEqual([{ kind: 'path', id: 'weg' }]);
	});

	it('is not started, then in progress, then complete with the latest completion time', () => {
		const assignment = assignmentOf();
		expect(assignmentProgress(emptyState(), assignment, course, '2026-11-15')).toMatchObject({
			status: 'not-started',
			completed: 0,
			total: 3,
			overdue: false,
		});
		expect(assignmentProgress(completed(['eins']), assignment, course, '2026-11-15')).toMatchObject(
			{ status: 'in-progress', completed: 1 },
		);
		const done = completed(['eins', 'zwei', 'drei']);
		done.modules.drei!.sectionsRead.b = '2026-11-25T08:00:00.000Z';
		// Every module complete, but the path's final test not yet passed: still in progress.
		expect(assignmentProgress(done, assignment, course, '2026-12-15')).toMatchObject({
			status: 'in-progress',
			completed: 3,
			total: 3,
		});
		expect(
			assignmentProgress(
				withFinalTest(done, 60, '2026-11-26T08:00:00.000Z'),
				assignment,
				course,
				'2026-12-15',
			),
		).toMatchObject({ status: 'in-progress', score: 60 });
		const passed = withFinalTest(done, 85, '2026-11-27T08:00:00.000Z');
		expect(assignmentProgress(passed, assignment, course, '2026-12-15')).toMatchObject({
			status: 'completed',
			completedAt: '2026-11-27T08:00:00.000Z',
			overdue: false,
			late: false,
			score: 85,
		});
		expect(assignmentProgress(passed, assignment, course, '2026-12-15').pathTests).toEqual([
			{
				pathId: 'pfad',
				title: 'Der Pfad',
				final: 85,
				passed: true,
				passedAt: '2026-11-27T08:00:00.000Z',
				// the path's modules were done on the 20th; it completes with the final test
				completedAt: '2026-11-27T08:00:00.000Z',
			},
		]);
	});

	it('is overdue from the day after the due day, and late when completed after it', () => {
		const assignment = assignmentOf({ due: '2026-11-30' });
		expect(assignmentProgress(emptyState(), assignment, course, '2026-11-30').overdue).toBe(false);
		expect(assignmentProgress(emptyState(), assignment, course, '2026-12-01').overdue).toBe(true);
		const done = withFinalTest(
			completed(['eins', 'zwei', 'drei'], '2026-12-02T10:00:00.000Z'),
			90,
			'2026-12-02T11:00:00.000Z',
		);
		expect(assignmentProgress(done, assignment, course, '2026-12-05')).toMatchObject({
			overdue: false,
			late: true,
		});
	});

	it('scores modules alone by the mean of the best results of their checks taken so far', () => {
		const modulesOnly = assignmentOf({
			items: [
				{ kind: 'module', id: 'eins' },
				{ kind: 'module', id: 'zwei' },
			],
		});
		const state = completed(['eins'], undefined, 80);
		state.quizAttempts.zwei = [
			{
				id: 'z',
				startedAt: '2026-11-20T10:00:00.000Z',
				finishedAt: '2026-11-20T10:00:00.000Z',
				answers: {},
				drawn: [],
				correct: 5,
				total: 10,
				score: 50,
				passed: false,
			},
		];
		expect(assignmentProgress(state, modulesOnly, course).score).toBe(65);
		expect(assignmentProgress(emptyState(), modulesOnly, course).score).toBeUndefined();
	});

	it('scores a path by its final test’s best result, with the entry test beside it', () => {
		const state = completed(['eins'], undefined, 80);
		expect(assignmentProgress(state, assignmentOf(), course).score).toBeUndefined();
		withFinalTest(withFinalTest(state, 60), 90);
		state.quizAttempts['eingangstest--pfad'] = [
			{
				id: 'e1',
				startedAt: '2026-11-01T10:00:00.000Z',
				finishedAt: '2026-11-01T10:00:00.000Z',
				answers: {},
				drawn: [],
				correct: 5,
				total: 14,
				score: 36,
				passed: false,
			},
		];
		const progress = assignmentProgress(state, assignmentOf(), course);
		expect(progress.score).toBe(90);
		expect(progress.pathTests[0]).toMatchObject({ entry: 36, final: 90, passed: true });
	});

	it('writes today in local time as YYYY-MM-DD', () => {
		expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
	});
});
