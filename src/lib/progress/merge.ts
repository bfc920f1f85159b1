import type { ModuleProgress } from '../../schemas/stored/module-progress';
import type { ProgressState } from '../../schemas/stored/progress-state';

/**
 * Merges two progress states record by record; neither side loses anything.
 * Used when a tab writes (its memory against what other tabs stored) and when a file is imported.
 * Lists of attempts and runs are united by record id; single records keep the newer one;
 * module progress unites the sections read and keeps the earliest first visit and latest last visit.
 */

// Timestamps are compared as instants, not strings: imported files may carry other offsets.
const time = (stamp: string) => Date.parse(stamp);
const earlier = (a: string, b: string) => (time(a) <= time(b) ? a : b);
const later = (a: string, b: string) => (time(a) >= time(b) ? a : b);

function mergeModule(a: ModuleProgress, b: ModuleProgress): ModuleProgress {
	const sectionsRead = { ...a.sectionsRead };
	for (const [slug, at] of Object.entries(b.sectionsRead))
		sectionsRead[slug] = Object.hasOwn(sectionsRead, slug) ? earlier(sectionsRead[slug]!, at) : at;
	const marked = [a.markedReadAt, b.markedReadAt].filter((x): x is string => x !== undefined);
	return {
		firstVisitedAt: earlier(a.firstVisitedAt, b.firstVisitedAt),
		lastVisitedAt: later(a.lastVisitedAt, b.lastVisitedAt),
		sectionsRead,
		...(marked.length > 0 ? { markedReadAt: marked.reduce(earlier) } : {}),
	};
}

function mergeLists<T extends { id: string }>(a: T[], b: T[], order: (item: T) => string): T[] {
	const byId = new Map(a.map((item) => [item.id, item]));
	for (const item of b) if (!byId.has(item.id)) byId.set(item.id, item);
	return [...byId.values()].sort((x, y) => time(order(x)) - time(order(y)));
}

function mergeRecords<T>(
	a: Record<string, T>,
	b: Record<string, T>,
	pick: (x: T, y: T) => T,
): Record<string, T> {
	const out: Record<string, T> = { ...a };
	// Own keys only: an inherited member (`toString`) is no record.
	for (const [key, value] of Object.entries(b))
		out[key] = Object.hasOwn(out, key) ? pick(out[key] as T, value) : value;
	return out;
}

const newer =
	<T>(stamp: (x: T) => string) =>
	(x: T, y: T): T =>
		time(stamp(y)) > time(stamp(x)) ? y : x;

export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
	const lastLocation =
		a.lastLocation && b.lastLocation
			? newer((l: typeof a.lastLocation & {}) => l.at)(a.lastLocation, b.lastLocation)
			: (a.lastLocation ?? b.lastLocation);
	return {
		version: a.version,
		updatedAt: later(a.updatedAt, b.updatedAt),
		modules: mergeRecords(a.modules, b.modules, mergeModule),
		quizAttempts: mergeRecords(a.quizAttempts, b.quizAttempts, (x, y) =>
			mergeLists(x, y, (t) => t.finishedAt),
		),
		assessments: mergeRecords(a.assessments, b.assessments, (x, y) =>
			mergeLists(x, y, (r) => r.completedAt),
		),
		roleplayRuns: mergeRecords(a.roleplayRuns, b.roleplayRuns, (x, y) =>
			mergeLists(x, y, (r) => r.finishedAt),
		),
		roleplaySnapshots: mergeRecords(
			a.roleplaySnapshots,
			b.roleplaySnapshots,
			newer((s) => s.savedAt),
		),
		assignments: mergeRecords(
			a.assignments,
			b.assignments,
			newer((r) => r.updatedAt),
		),
		notes: mergeRecords(
			a.notes,
			b.notes,
			newer((n) => n.updatedAt),
		),
		seminarPlans: mergeRecords(
			a.seminarPlans,
			b.seminarPlans,
			newer((p) => p.updatedAt),
		),
		workbenchCustomers: mergeRecords(
			a.workbenchCustomers,
			b.workbenchCustomers,
			newer((c) => c.updatedAt),
		),
		workbenchProfiles: mergeRecords(
			a.workbenchProfiles,
			b.workbenchProfiles,
			newer((p) => p.updatedAt),
		),
		...(lastLocation ? { lastLocation } : {}),
	};
}

/**
 * Whether `stored` holds every record `written` holds: its attempts, results and runs by id, the
 * sections it read, its assignments and notes. A role-play snapshot and the workbench do not count:
 * another tab may rightly have cleared them (a finished conversation, a deleted customer, a reset).
 * Used by the store to notice that another tab's write, made from a copy that had not yet seen this
 * tab's, dropped something this tab saved.
 */
export function containsProgress(stored: ProgressState, written: ProgressState): boolean {
	const ids = <T extends { id: string }>(a: Record<string, T[]>, b: Record<string, T[]>) =>
		Object.entries(b).every(([key, items]) => {
			const kept = new Set((Object.hasOwn(a, key) ? a[key]! : []).map((item) => item.id));
			return items.every((item) => kept.has(item.id));
		});
	const keys = (a: Record<string, unknown>, b: Record<string, unknown>) =>
		Object.keys(b).every((key) => Object.hasOwn(a, key));
	const modules = Object.entries(written.modules).every(([id, module]) => {
		const there = Object.hasOwn(stored.modules, id) ? stored.modules[id] : undefined;
		return (
			there !== undefined &&
			keys(there.sectionsRead, module.sectionsRead) &&
			(module.markedReadAt === undefined || there.markedReadAt !== undefined)
		);
	});
	return (
		modules &&
		ids(stored.quizAttempts, written.quizAttempts) &&
		ids(stored.assessments, written.assessments) &&
		ids(stored.roleplayRuns, written.roleplayRuns) &&
		keys(stored.assignments, written.assignments) &&
		keys(stored.notes, written.notes) &&
		keys(stored.seminarPlans, written.seminarPlans)
	);
}
