import { describe, expect, it } from 'vitest';
import {
	moduleStatus,
	pathProgress,
	quizStats,
	type ModuleMeta,
} from '../../../src/lib/progress/completion';
import { pathCompletion } from '../../../src/lib/progress/path-completion';
import { learningGain } from '../../../src/lib/quiz/learning-gain';
import { lmsReport } from '../../../src/lib/scorm/report';
import { emptyState } from '../../../src/lib/progress/state';
import type { ProgressState } from '../../../src/schemas/stored/progress-state';
import { attempt } from './fake-storage';

const meta: ModuleMeta = {
	id: 'diagnose',
	title: 'Diagnose',
	href: '/x/',
	sections: ['a', 'b'],
	quizId: 'diagnose',
};
const at = '2026-11-27T10:00:00.000Z';
const withModule = (sections: string[], extra: Partial<ProgressState> = {}): ProgressState => ({
	...emptyState(at),
	modules: {
		diagnose: {
			firstVisitedAt: at,
			lastVisitedAt: at,
			sectionsRead: Object.fromEntries(sections.map((s) => [s, at])),
		},
	},
	...extra,
});

describe('completion', () => {
	it('is not started before the first visit', () => {
		expect(moduleStatus(emptyState(at), meta).status).toBe('not-started');
	});

	it('needs all sections read and the quiz passed', () => {
		expect(moduleStatus(withModule(['a', 'b']), meta)).toEqual({
			status: 'in-progress',
			sectionsRead: 2,
			sectionsTotal: 2,
			quizPassed: false,
		});
		expect(
			moduleStatus(withModule(['a'], { quizAttempts: { diagnose: [attempt('x', 90)] } }), meta)
				.status,
		).toBe('in-progress');
		expect(
			moduleStatus(withModule(['a', 'b'], { quizAttempts: { diagnose: [attempt('x', 90)] } }), meta)
				.status,
		).toBe('completed');
	});

	it('counts a module marked read as all sections read', () => {
		const state = withModule([], {
			quizAttempts: { diagnose: [attempt('x', 50), attempt('y', 75)] },
		});
		state.modules.diagnose!.markedReadAt = at;
		expect(moduleStatus(state, meta).status).toBe('completed');
	});

	it('a module without quiz is complete once read', () => {
		expect(moduleStatus(withModule(['a', 'b']), { ...meta, quizId: undefined })).toMatchObject({
			status: 'completed',
			quizPassed: null,
		});
	});

	it('reports best and last score and attempts', () => {
		const state = withModule([], {
			quizAttempts: { diagnose: [attempt('x', 90), attempt('y', 40)] },
		});
		expect(quizStats(state, 'diagnose')).toMatchObject({
			attempts: 2,
			best: 90,
			last: 40,
			passed: true,
		});
	});

	it('sums a path', () => {
		const state = withModule(['a', 'b'], { quizAttempts: { diagnose: [attempt('x', 90)] } });
		expect(pathProgress(state, [meta, { ...meta, id: 'anderes', quizId: undefined }])).toEqual({
			completed: 1,
			total: 2,
			percent: 50,
		});
	});
});

describe('path completion (issue 14)', () => {
	const tests = {
		entryKey: 'eingangstest--pfad',
		finalKey: 'abschlusstest--pfad',
		hasFinalTest: true,
	};
	const other = { ...meta, id: 'anderes', quizId: undefined };
	const done = () => {
		const state = withModule(['a', 'b'], { quizAttempts: { diagnose: [attempt('x', 90)] } });
		state.modules.anderes = {
			firstVisitedAt: at,
			lastVisitedAt: at,
			sectionsRead: { a: at, b: at },
		};
		return state;
	};

	it('opens the final test once every module is complete, and is complete only with it passed', () => {
		const some = withModule(['a', 'b'], { quizAttempts: { diagnose: [attempt('x', 90)] } });
		expect(pathCompletion(some, [meta, other], tests)).toMatchObject({
			modulesCompleted: 1,
			modulesTotal: 2,
			finalTestOpen: false,
			complete: false,
			percent: 33,
		});
		const state = done();
		expect(pathCompletion(state, [meta, other], tests)).toMatchObject({
			modulesCompleted: 2,
			finalTestOpen: true,
			complete: false,
			percent: 67,
		});
		state.quizAttempts[tests.finalKey] = [attempt('f1', 60, '2026-11-28T10:00:00.000Z')];
		expect(pathCompletion(state, [meta, other], tests).complete).toBe(false);
		state.quizAttempts[tests.finalKey]!.push(attempt('f2', 80, '2026-11-29T10:00:00.000Z'));
		expect(pathCompletion(state, [meta, other], tests)).toMatchObject({
			complete: true,
			percent: 100,
			completedAt: '2026-11-29T10:00:00.000Z',
		});
	});

	it('shows the entry test’s first result and the final test’s best side by side', () => {
		const state = done();
		state.quizAttempts[tests.entryKey] = [attempt('e1', 40, '2026-11-01T10:00:00.000Z')];
		state.quizAttempts[tests.finalKey] = [
			attempt('f1', 90, '2026-11-22T10:00:00.000Z'),
			attempt('f2', 75, '2026-11-23T10:00:00.000Z'),
		];
		const path = pathCompletion(state, [meta, other], tests);
		expect([path.entry.first, path.final.best]).toEqual([40, 90]);
		expect(learningGain(path.entry, path.final)).toBe(50);
		expect(learningGain(pathCompletion(done(), [meta], tests).entry, path.final)).toBeUndefined();
	});

	it('reports to the LMS: passed only with the final test, scored by its best result', () => {
		const state = done();
		expect(lmsReport(state, [meta, other], tests)).toEqual({
			completed: false,
			score: undefined,
			progress: 2 / 3,
			hasQuizzes: true,
		});
		state.quizAttempts[tests.finalKey] = [attempt('f1', 60), attempt('f2', 85)];
		expect(lmsReport(state, [meta, other], tests)).toEqual({
			completed: true,
			score: 85,
			progress: 1,
			hasQuizzes: true,
		});
	});
});

describe('a path whose modules have no knowledge check', () => {
	it('has no final test and is complete with its modules', () => {
		const bare = { ...meta, id: 'ohne', quizId: undefined };
		const state = {
			...emptyState(at),
			modules: { ohne: { firstVisitedAt: at, lastVisitedAt: at, sectionsRead: { a: at, b: at } } },
		};
		const tests = {
			entryKey: 'eingangstest--ohne',
			finalKey: 'abschlusstest--ohne',
			hasFinalTest: false,
		};
		expect(pathCompletion(state, [bare], tests)).toMatchObject({
			complete: true,
			percent: 100,
			completedAt: at,
		});
		expect(lmsReport(state, [bare], tests)).toMatchObject({
			completed: true,
			progress: 1,
			hasQuizzes: false,
		});
	});
});
