import { PROGRESS_VERSION, type ProgressState } from '../../schemas/stored/progress-state';

/** Progress with nothing in it yet: what a first visit starts from, and what a reset leaves. */
export function emptyState(now = new Date().toISOString()): ProgressState {
	return {
		version: PROGRESS_VERSION,
		updatedAt: now,
		modules: {},
		quizAttempts: {},
		assessments: {},
		roleplayRuns: {},
		roleplaySnapshots: {},
		assignments: {},
		notes: {},
		seminarPlans: {},
		workbenchCustomers: {},
		workbenchProfiles: {},
	};
}
