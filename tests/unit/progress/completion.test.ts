import { describe, expect, it } from 'vitest';
import { moduleStatus, pathProgress, quizStats, type ModuleMeta } from '../../../src/lib/progress/completion';
import { emptyState, type ProgressState } from '../../../src/lib/progress/schema';
import { attempt } from './fake-storage';

const meta: ModuleMeta = { id: 'diagnose', title: 'Diagnose', href: '/x/', sections: ['a', 'b'], quizId: 'diagnose' };
const at = '2026-11-27T10:00:00.000Z';
const withModule = (sections: string[], extra: Partial<ProgressState> = {}): ProgressState => ({
	...emptyState(at),
	modules: { diagnose: { firstVisitedAt: at, lastVisitedAt: at, sectionsRead: Object.fromEntries(sections.map((s) => [s, at])) } },
	...extra,
});

describe('completion', () => {
	it('is not started before the first visit', () => {
		expect(moduleStatus(emptyState(at), meta).status).toBe('not-started');
	});

	it('needs all sections read and the quiz passed', () => {
		expect(moduleStatus(withModule(['a', 'b']), meta)).toEqual({ status: 'in-progress', sectionsRead: 2, sectionsTotal: 2, quizPassed: false });
		expect(moduleStatus(withModule(['a'], { quizAttempts: { diagnose: [attempt('x', 90)] } }), meta).status).toBe('in-progress');
		expect(moduleStatus(withModule(['a', 'b'], { quizAttempts: { diagnose: [attempt('x', 90)] } }), meta).status).toBe('completed');
	});

	it('counts a module marked read as all sections read', () => {
		const state = withModule([], { quizAttempts: { diagnose: [attempt('x', 50), attempt('y', 75)] } });
		state.modules.diagnose!.markedReadAt = at;
		expect(moduleStatus(state, meta).status).toBe('completed');
	});

	it('a module without quiz is complete once read', () => {
		expect(moduleStatus(withModule(['a', 'b']), { ...meta, quizId: undefined })).toMatchObject({ status: 'completed', quizPassed: null });
	});

	it('reports best and last score and attempts', () => {
		const state = withModule([], { quizAttempts: { diagnose: [attempt('x', 90), attempt('y', 40)] } });
		expect(quizStats(state, 'diagnose')).toMatchObject({ attempts: 2, best: 90, last: 40, passed: true });
	});

	it('sums a path', () => {
		const state = withModule(['a', 'b'], { quizAttempts: { diagnose: [attempt('x', 90)] } });
		expect(pathProgress(state, [meta, { ...meta, id: 'anderes', quizId: undefined }])).toEqual({ completed: 1, total: 2, percent: 50 });
	});
});
