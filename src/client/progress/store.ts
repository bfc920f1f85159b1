/**
 * The progress store: the ONE module that touches localStorage for learner progress.
 *
 * Stored data
 *   key  `bzw:progress`                 JSON of ProgressState (schema.ts), version 4:
 *        { version: 4, updatedAt, modules: { <moduleId>: { firstVisitedAt, lastVisitedAt,
 *          sectionsRead: { <slug>: iso }, markedReadAt? } }, quizAttempts: { <quizId or path-test
 *          key>: Attempt[] } (an attempt lists the question ids it drew, `drawn`: version 2),
 *          assessments: { <assessmentId>: Result[] }, roleplayRuns: { <scenarioId>: Run[] },
 *          roleplaySnapshots: { <scenarioId>: { savedAt, snapshot } },
 *          assignments: { <assignmentId>: { assignment, acceptedAt, updatedAt } },
 *          notes: { <id>: { updatedAt, text } },
 *          seminarPlans: { <planId>: { updatedAt, modules, roleplays, start, length } } (version 3),
 *          workbenchCustomers: { <customerId>: { updatedAt, name, ratings, people, committees,
 *          ourContacts, links, ratings, actions, … } }, workbenchProfiles: { strategie: { updatedAt,
 *          current, target } } (version 4, schemas/stored/workbench.ts),
 *          lastLocation? }
 *   keys `bzw:progress-backup:<iso>`    the raw text of stored data that could not be read in full,
 *        kept so nothing is lost silently; the learner can download it.
 *   All keys of this site start with `bzw:` (the theme choice is `bzw:theme`, see client/theme-preference.ts).
 *
 * Lifecycle
 *   - Created once per page: `openProgressStore()`. Every read of storage is validated record by
 *     record (lib/progress/load.ts), whoever wrote it. Unreadable parts: the raw text goes to a
 *     backup key first, the learner is told.
 *     If even the backup cannot be written, or the data comes from a newer version of the site, the
 *     stored key is never written in this page: progress stays in memory and the learner is told.
 *   - Every write re-reads the stored state, merges it with this page's state record by record
 *     (merge.ts) and applies the change, so two tabs never overwrite each other's results.
 *   - Tabs follow each other through the `storage` event. Each tab reads its own copy of storage, which
 *     learns of another tab's write a moment later, so two tabs saving at once can each merge with a
 *     copy that misses the other's record. A tab therefore keeps what it last saved until it sees it
 *     stored; when another tab's write turns out to have dropped it, it merges it back and saves again.
 *   - localStorage blocked or full: the site keeps working in memory; notices say progress is not saved.
 *     Storage that refuses a read is never written over: the change waits in memory for the next write.
 *   - Inside a SCORM package's LMS runner, the runner offers a storage of its own (see HOST_STORAGE_PROPERTY
 *     below): the same stored shape, kept in the runner's memory and in the LMS's `suspend_data`.
 *
 * Versions
 *   A new shape bumps PROGRESS_VERSION and adds a migration (migrations.ts) from the previous version;
 *   stored data of any earlier version is migrated on read and written back in the new shape.
 */
import { loadProgress, type LoadResult } from '../../lib/progress/load';
import { containsProgress, mergeProgress } from '../../lib/progress/merge';
import type { Assignment } from '../../schemas/stored/assignment';
import type { SeminarPlan } from '../../schemas/stored/seminar-plan';
import type { StrategyProfile, WorkbenchCustomer } from '../../schemas/stored/workbench';
import type { AssessmentResult } from '../../schemas/stored/assessment-result';
import type { LastLocation } from '../../schemas/stored/last-location';
import type { ProgressState } from '../../schemas/stored/progress-state';
import type { QuizAttempt } from '../../schemas/stored/quiz-attempt';
import type { RoleplayRun } from '../../schemas/stored/roleplay-run';
import { emptyState } from '../../lib/progress/state';
import { message, type Message } from '../../i18n/message';

export const PROGRESS_KEY = 'bzw:progress';
/** Written by releases before stored data was always validated; removed on reset. */
const LEGACY_CHECKSUM_KEY = 'bzw:progress-checksum';
export const BACKUP_PREFIX = 'bzw:progress-backup:';

/** Turns stored text into a valid state, reporting what it had to leave out (load.ts's `loadProgress`). */
export type Validate = (raw: string | null) => LoadResult;

export type NoticeKind = 'unavailable' | 'write-failed' | 'recovered' | 'read-only';

export interface StoreNotice {
	kind: NoticeKind;
	/** What happened, for the learner (worded by the page: client/storage-notice.ts). */
	details: Message[];
	/** Where the unreadable data was kept, when it was. */
	backupKey?: string;
}

export type WriteOutcome = { saved: true } | { saved: false; reason: NoticeKind };

type Listener = (state: ProgressState) => void;
type Mutation = (state: ProgressState, now: string) => ProgressState;
type UpdateOptions = { dropFromMemory?: (state: ProgressState) => void };
/** A read of storage: the state, or 'unreadable' when storage refuses to be read. */
type StoredRead = ProgressState | 'unreadable';

export class ProgressStore {
	private state: ProgressState;
	private notices = new Map<NoticeKind, StoreNotice>();
	private listeners = new Set<Listener>();
	/** True when this page must never write the stored key (unreadable data without backup, newer version). */
	private readOnly = false;
	/**
	 * Removals not yet saved (a role-play snapshot cleared in a write that failed, or while storage
	 * refused to be read): redone on the merged state of every write until one is saved, or the stored
	 * copy would bring the removed record back. Everything else unsaved is in memory and reaches
	 * storage through that merge.
	 */
	private pendingRemovals: Mutation[] = [];
	/**
	 * What this page last saved, until a stored state is seen that holds it. Two tabs saving at the
	 * same moment can each merge with a copy that has not yet seen the other's write; the later write
	 * then drops the earlier one's records. The tab whose records went missing notices it on the
	 * other's `storage` event (see `follow`) and saves them again.
	 */
	private unconfirmed: ProgressState | undefined;

	/** `validate` turns stored text into a valid state (tests pass their own to count reads). */
	constructor(
		private readonly storage: Storage | null,
		private readonly clock: () => Date = () => new Date(),
		private readonly validate: Validate = loadProgress,
	) {
		if (!storage) this.notices.set('unavailable', { kind: 'unavailable', details: [] });
		const stored = this.readStored();
		this.state = stored === 'unreadable' ? emptyState() : stored;
	}

	getState(): ProgressState {
		return this.state;
	}

	getNotices(): StoreNotice[] {
		return [...this.notices.values()];
	}

	/** Called with the new state after every change, from this tab or another. Returns an unsubscribe function. */
	subscribe(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Follows writes of other tabs; call from a `storage` event listener. */
	handleStorageEvent(event: Pick<StorageEvent, 'key' | 'newValue'>): void {
		if (event.key !== null && event.key !== PROGRESS_KEY) return;
		if (event.newValue === null) {
			// A reset elsewhere: nothing this page did before is redone or merged back.
			this.pendingRemovals = [];
			this.notices.delete('write-failed');
		}
		const stored = this.readStored();
		if (stored === 'unreadable') return;
		this.follow(stored, event.newValue === null);
	}

	/**
	 * Takes the stored state: merged with what this page could not save, unless storage was reset
	 * elsewhere. If another tab's write dropped records this page saved, they are merged back and saved.
	 */
	private follow(stored: ProgressState, resetElsewhere = false): void {
		const lost =
			!resetElsewhere &&
			this.unconfirmed !== undefined &&
			!containsProgress(stored, this.unconfirmed)
				? this.unconfirmed
				: undefined;
		if (resetElsewhere || (this.unconfirmed && !lost)) this.unconfirmed = undefined;
		this.state =
			this.notices.has('write-failed') && !resetElsewhere
				? mergeProgress(stored, this.state)
				: stored;
		if (lost) {
			this.state = mergeProgress(this.state, lost);
			this.update((state) => state);
			return;
		}
		this.emit();
	}

	visitModule(moduleId: string, location: Omit<LastLocation, 'at'>): WriteOutcome {
		return this.update((state, now) => {
			const previous = state.modules[moduleId];
			return {
				...state,
				modules: {
					...state.modules,
					[moduleId]: previous
						? { ...previous, lastVisitedAt: now }
						: { firstVisitedAt: now, lastVisitedAt: now, sectionsRead: {} },
				},
				lastLocation: { ...location, at: now },
			};
		});
	}

	markSectionsRead(moduleId: string, slugs: string[]): WriteOutcome {
		const current = this.state.modules[moduleId];
		if (current && slugs.every((slug) => current.sectionsRead[slug])) return { saved: true };
		return this.update((state, now) => {
			const module = state.modules[moduleId] ?? {
				firstVisitedAt: now,
				lastVisitedAt: now,
				sectionsRead: {},
			};
			const sectionsRead = { ...module.sectionsRead };
			for (const slug of slugs) sectionsRead[slug] ??= now;
			return { ...state, modules: { ...state.modules, [moduleId]: { ...module, sectionsRead } } };
		});
	}

	markModuleRead(moduleId: string): WriteOutcome {
		return this.update((state, now) => {
			const module = state.modules[moduleId] ?? {
				firstVisitedAt: now,
				lastVisitedAt: now,
				sectionsRead: {},
			};
			return {
				...state,
				modules: {
					...state.modules,
					[moduleId]: { ...module, markedReadAt: module.markedReadAt ?? now },
				},
			};
		});
	}

	recordQuizAttempt(quizId: string, attempt: QuizAttempt): WriteOutcome {
		return this.update((state) => ({
			...state,
			quizAttempts: {
				...state.quizAttempts,
				[quizId]: [...(state.quizAttempts[quizId] ?? []), attempt],
			},
		}));
	}

	recordAssessment(assessmentId: string, result: AssessmentResult): WriteOutcome {
		return this.update((state) => ({
			...state,
			assessments: {
				...state.assessments,
				[assessmentId]: [...(state.assessments[assessmentId] ?? []), result],
			},
		}));
	}

	recordRoleplayRun(scenarioId: string, run: RoleplayRun): WriteOutcome {
		return this.update((state) => ({
			...state,
			roleplayRuns: {
				...state.roleplayRuns,
				[scenarioId]: [...(state.roleplayRuns[scenarioId] ?? []), run],
			},
		}));
	}

	saveRoleplaySnapshot(scenarioId: string, snapshot: unknown): WriteOutcome {
		return this.update((state, now) => ({
			...state,
			roleplaySnapshots: { ...state.roleplaySnapshots, [scenarioId]: { savedAt: now, snapshot } },
		}));
	}

	clearRoleplaySnapshot(scenarioId: string): WriteOutcome {
		// Only snapshots saved up to now go: redone later (see pendingRemovals), the removal must not
		// take a snapshot of a conversation begun after it.
		const upTo = Date.parse(
			this.state.roleplaySnapshots[scenarioId]?.savedAt ?? this.clock().toISOString(),
		);
		const clears = (state: ProgressState) => {
			const snapshot = state.roleplaySnapshots[scenarioId];
			return snapshot !== undefined && Date.parse(snapshot.savedAt) <= upTo;
		};
		return this.update(
			(state) => {
				if (!clears(state)) return state;
				const { [scenarioId]: _removed, ...rest } = state.roleplaySnapshots;
				return { ...state, roleplaySnapshots: rest };
			},
			{
				dropFromMemory: (state) =>
					void (clears(state) && delete state.roleplaySnapshots[scenarioId]),
			},
		);
	}

	/** Keeps an assignment from a link (validated by lib/assignments/link.ts); accepting it again keeps the first acceptance. */
	acceptAssignment(assignment: Assignment): WriteOutcome {
		return this.update((state, now) => {
			const previous = state.assignments[assignment.id];
			return {
				...state,
				assignments: {
					...state.assignments,
					[assignment.id]: { assignment, acceptedAt: previous?.acceptedAt ?? now, updatedAt: now },
				},
			};
		});
	}

	/** Keeps the trainer's seminar plan (the planner's choices, validated by the form). */
	saveSeminarPlan(planId: string, plan: Omit<SeminarPlan, 'updatedAt'>): WriteOutcome {
		return this.saveRecord('seminarPlans', planId, plan);
	}

	/** Keeps one of the learner's own customers in the workbench (validated by its form). */
	saveWorkbenchCustomer(
		customerId: string,
		customer: Omit<WorkbenchCustomer, 'updatedAt'>,
	): WriteOutcome {
		return this.saveRecord('workbenchCustomers', customerId, customer);
	}

	/** Keeps the learner's strategy profile. */
	saveStrategyProfile(profile: Omit<StrategyProfile, 'updatedAt'>): WriteOutcome {
		return this.saveRecord('workbenchProfiles', 'strategie', profile);
	}

	/** Writes one record of a collection whose records carry their save time (newer wins on merge). */
	private saveRecord<C extends 'seminarPlans' | 'workbenchCustomers' | 'workbenchProfiles'>(
		collection: C,
		id: string,
		record: Omit<ProgressState[C][string], 'updatedAt'>,
	): WriteOutcome {
		return this.update((state, now) => ({
			...state,
			[collection]: { ...state[collection], [id]: { ...record, updatedAt: now } },
		}));
	}

	/**
	 * Deletes customers from the workbench (one, or all with the profile when `ids` is 'all'); the
	 * rest of the learner's progress stays. Like a cleared snapshot, the removal is redone when storage
	 * refused it, and only takes what was saved up to now.
	 */
	removeFromWorkbench(ids: string[] | 'all'): WriteOutcome {
		const upTo = this.clock().getTime();
		const goes = (state: ProgressState, id: string) => {
			const customer = state.workbenchCustomers[id];
			return (
				customer !== undefined &&
				Date.parse(customer.updatedAt) <= upTo &&
				(ids === 'all' || ids.includes(id))
			);
		};
		const remove = (state: ProgressState): ProgressState => ({
			...state,
			workbenchCustomers: Object.fromEntries(
				Object.entries(state.workbenchCustomers).filter(([id]) => !goes(state, id)),
			),
			workbenchProfiles:
				ids === 'all'
					? Object.fromEntries(
							Object.entries(state.workbenchProfiles).filter(
								([, profile]) => Date.parse(profile.updatedAt) > upTo,
							),
						)
					: state.workbenchProfiles,
		});
		return this.update(remove, {
			dropFromMemory: (state) => {
				const kept = remove(state);
				state.workbenchCustomers = kept.workbenchCustomers;
				state.workbenchProfiles = kept.workbenchProfiles;
			},
		});
	}

	/** Merges validated progress (an imported file, see transfer.ts) into the stored progress. */
	mergeIn(imported: ProgressState): WriteOutcome {
		return this.update((state) => mergeProgress(state, imported));
	}

	/** Deletes all progress of this site (after the learner confirmed). Backups stay. */
	reset(): WriteOutcome {
		this.state = emptyState(this.clock().toISOString());
		this.notices.delete('write-failed');
		this.unconfirmed = undefined;
		this.pendingRemovals = [];
		if (!this.storage || this.readOnly) {
			this.emit();
			return { saved: false, reason: this.storage ? 'read-only' : 'unavailable' };
		}
		try {
			this.storage.removeItem(PROGRESS_KEY);
			this.storage.removeItem(LEGACY_CHECKSUM_KEY);
		} catch {
			/* removal cannot fail for quota; a blocked storage was caught at creation */
		}
		this.emit();
		return { saved: true };
	}

	/** Backups of unreadable data, newest first. */
	backups(): { key: string; text: string }[] {
		if (!this.storage) return [];
		const found: { key: string; text: string }[] = [];
		try {
			for (let i = 0; i < this.storage.length; i++) {
				const key = this.storage.key(i);
				const text = key?.startsWith(BACKUP_PREFIX) ? this.storage.getItem(key) : null;
				if (key && text !== null) found.push({ key, text });
			}
		} catch {
			return [];
		}
		return found.sort((a, b) => b.key.localeCompare(a.key));
	}

	private update(mutation: Mutation, options: UpdateOptions = {}): WriteOutcome {
		const now = this.clock().toISOString();
		if (!this.storage || this.readOnly) {
			this.state = { ...mutation(this.state, now), updatedAt: now };
			this.emit();
			return { saved: false, reason: this.storage ? 'read-only' : 'unavailable' };
		}
		const stored = this.readStored();
		if (stored === 'unreadable') {
			// Nothing may be written over what storage holds: keep the change in memory.
			if (options.dropFromMemory) this.pendingRemovals.push(mutation);
			this.state = { ...mutation(this.state, now), updatedAt: now };
			this.emit();
			return { saved: false, reason: 'unavailable' };
		}
		const memory = structuredClone(this.state);
		options.dropFromMemory?.(memory);
		let base = mergeProgress(stored, memory);
		for (const removal of this.pendingRemovals) base = removal(base, now);
		const next = { ...mutation(base, now), updatedAt: now };
		this.state = next;
		let outcome: WriteOutcome;
		if (this.readOnly) {
			outcome = { saved: false, reason: 'read-only' };
		} else {
			try {
				const text = JSON.stringify(next);
				this.storage.setItem(PROGRESS_KEY, text);
				this.notices.delete('write-failed');
				this.pendingRemovals = [];
				this.unconfirmed = next;
				outcome = { saved: true };
			} catch (error) {
				if (options.dropFromMemory) this.pendingRemovals.push(mutation);
				const full =
					error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`);
				this.notices.set('write-failed', {
					kind: 'write-failed',
					details: [message(full ? 'storage.problem.full' : 'storage.problem.refused')],
				});
				outcome = { saved: false, reason: 'write-failed' };
			}
		}
		this.emit();
		return outcome;
	}

	/**
	 * Reads and validates the stored state, keeping unreadable data in a backup before anything can
	 * replace it; 'unreadable' when storage refuses to be read (then nothing may be written over it).
	 */
	private readStored(): StoredRead {
		if (!this.storage) return this.state ?? emptyState();
		let raw: string | null;
		try {
			raw = this.storage.getItem(PROGRESS_KEY);
		} catch {
			this.notices.set('unavailable', { kind: 'unavailable', details: [] });
			return 'unreadable';
		}
		this.notices.delete('unavailable'); // read again after a refusal
		if (raw === null) return emptyState();
		const result = this.validate(raw);
		if (result.problems.length > 0) this.keepBackup(raw, result);
		return result.state;
	}

	private keepBackup(raw: string, result: LoadResult): void {
		// A page of an older release, open beside a newer one, sees every write of that one: it keeps
		// the first as a backup and from then on only follows, or it would fill the storage with copies.
		if (result.newerVersion && this.readOnly) return;
		const kept = this.backups().find((backup) => backup.text === raw);
		if (kept) {
			// Read again (a second read, another page's script): the notice still leads to the backup.
			this.notices.set('recovered', {
				kind: 'recovered',
				details: result.problems,
				backupKey: kept.key,
			});
			if (result.newerVersion) this.readOnly = true;
			return;
		}
		// The time orders backups; the suffix keeps two of the same millisecond apart.
		const key = `${BACKUP_PREFIX}${this.clock().toISOString()}-${newRecordId().slice(0, 8)}`;
		try {
			this.storage!.setItem(key, raw);
			this.notices.set('recovered', {
				kind: 'recovered',
				details: result.problems,
				backupKey: key,
			});
			if (result.newerVersion) this.readOnly = true;
		} catch {
			// Without a backup the original must stay untouched: this page works in memory only.
			this.readOnly = true;
			this.notices.set('read-only', { kind: 'read-only', details: result.problems });
		}
	}

	private emit(): void {
		for (const listener of this.listeners) listener(this.state);
	}
}

/** localStorage if this browser lets the site use it, else null (blocked, disabled, private mode without storage). */
export function browserStorage(): Storage | null {
	try {
		// Reading proves access; a full storage still reads, and write failures are reported per write.
		const storage = window.localStorage;
		storage.getItem(PROGRESS_KEY);
		return storage;
	} catch {
		return null;
	}
}

/**
 * Inside a SCORM package, the LMS runner (lib/scorm/runner.ts) embeds the site's pages in a frame
 * and offers them this storage: progress then lives with the runner, which reports it to the LMS
 * and keeps it in `suspend_data`, rather than in the LMS site's localStorage, which every user and
 * course of that LMS share in a browser. Outside such a frame there is none and nothing changes.
 */
export const HOST_STORAGE_PROPERTY = 'bzwProgressStorage';

function hostStorage(): Storage | null {
	try {
		if (window.parent === window) return null;
		// A parent from another origin throws here, and is never used.
		const offered: unknown = Reflect.get(window.parent, HOST_STORAGE_PROPERTY);
		return typeof offered === 'object' && offered !== null ? (offered as Storage) : null;
	} catch {
		return null;
	}
}

let shared: ProgressStore | undefined;

function createShared(): ProgressStore {
	const host = hostStorage();
	const store = new ProgressStore(host ?? browserStorage());
	if (!host) window.addEventListener('storage', (event) => store.handleStorageEvent(event));
	return store;
}

/** The page's store, following other tabs (or the LMS runner's storage); created on first use. */
export function getProgressStore(): ProgressStore {
	return (shared ??= createShared());
}

/**
 * The page's store for scripts and islands that load it on demand: `await openProgressStore()`
 * reads like the dynamic import that precedes it.
 */
export async function openProgressStore(): Promise<ProgressStore> {
	return getProgressStore();
}

/** A random id for a new record. */
export function newRecordId(): string {
	return typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
