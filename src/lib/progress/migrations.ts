import { PROGRESS_VERSION } from '../../schemas/stored/progress-state';

/**
 * Migrations of stored progress, one per version step: `MIGRATIONS[n]` turns version n into n + 1.
 * Version 1 is the first stored shape. To change the shape:
 * bump PROGRESS_VERSION, describe the new shape in store.ts's header, add `MIGRATIONS[old]`,
 * and add its case to tests/unit/progress/migrations.test.ts. Never change a stored shape
 * without a migration: learners' progress must survive every release.
 */
export type StoredObject = Record<string, unknown>;
export type Migration = (data: StoredObject) => StoredObject;

const isObject = (value: unknown): value is StoredObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * 1 → 2: knowledge checks draw from pools, and an attempt records the questions it drew. Before,
 * an attempt asked every question of its quiz and stored an answer to each, so what it drew is the
 * questions it answered. Anything not shaped like an attempt is left for the validation to report.
 */
function recordDrawnQuestions(data: StoredObject): StoredObject {
	if (!isObject(data.quizAttempts)) return data;
	const quizAttempts = Object.fromEntries(
		Object.entries(data.quizAttempts).map(([quizId, attempts]) => [
			quizId,
			Array.isArray(attempts)
				? attempts.map((attempt) =>
						isObject(attempt) && isObject(attempt.answers) && !('drawn' in attempt)
							? { ...attempt, drawn: Object.keys(attempt.answers) }
							: attempt,
					)
				: attempts,
		]),
	);
	return { ...data, quizAttempts };
}

/** 2 → 3: trainers' seminar plans get a collection of their own, empty in every earlier store. */
function addSeminarPlans(data: StoredObject): StoredObject {
	return 'seminarPlans' in data ? data : { ...data, seminarPlans: {} };
}

/** 3 → 4: the relationship workbench (customers and the strategy profile) starts empty. */
function addWorkbench(data: StoredObject): StoredObject {
	return {
		...data,
		workbenchCustomers: 'workbenchCustomers' in data ? data.workbenchCustomers : {},
		workbenchProfiles: 'workbenchProfiles' in data ? data.workbenchProfiles : {},
	};
}

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
	1: recordDrawnQuestions,
	2: addSeminarPlans,
	3: addWorkbench,
};

export type MigrationResult =
	{ ok: true; data: StoredObject } | { ok: false; reason: 'newer' | 'unknown' };

export function migrate(
	data: StoredObject,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
	target = PROGRESS_VERSION,
): MigrationResult {
	let version = data.version;
	if (typeof version !== 'number' || !Number.isInteger(version))
		return { ok: false, reason: 'unknown' };
	if (version > target) return { ok: false, reason: 'newer' };
	let current = data;
	while (version < target) {
		const step = migrations[version];
		if (!step) return { ok: false, reason: 'unknown' };
		current = step(current);
		version += 1;
		current = { ...current, version };
	}
	return { ok: true, data: current };
}
