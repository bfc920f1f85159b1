import type { ProgressState } from './schema';

/**
 * What the store needs of the stored shape at run time, without the schemas: the version, the
 * record collections and an empty state. Kept apart from schema.ts so that pages which only read
 * and write their own, unchanged data never load the schema library (see store.ts, "Checksum").
 */

export const PROGRESS_VERSION = 2;

/**
 * Salt of the stored checksum (store.ts, "Checksum"). Bump it when the schemas come to reject data
 * that an earlier release of the same PROGRESS_VERSION could write: every stored text is then
 * validated once more, as it was never written by this release.
 */
export const TRUST_REVISION = 1;

/** The collections of records, each keyed by id; used by load and merge to treat them alike. */
export const RECORD_COLLECTIONS = ['modules', 'quizAttempts', 'assessments', 'roleplayRuns', 'roleplaySnapshots', 'assignments', 'notes'] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

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
	};
}
