import { describe, expect, it, vi } from 'vitest';
import { checksum, progressChecksum } from '../../../src/lib/progress/checksum';
import { loadProgress } from '../../../src/lib/progress/load';
import { CHECKSUM_KEY, PROGRESS_KEY, ProgressStore } from '../../../src/client/progress/store';
import { attempt, FakeStorage, storeOn } from './fake-storage';

// A store without a checker, as on a page whose stored progress needed none when it opened: the
// checker (load.ts and the schema library) loads only for text the store cannot trust.
const storeWithoutChecker = (storage: Storage, loadChecker?: () => Promise<typeof loadProgress>) => new ProgressStore(storage, undefined, undefined, loadChecker);

/** Stored text of an earlier release: valid, but without a checksum, so it needs the checker. */
function earlierRelease(storage: FakeStorage, ...ids: string[]) {
	const writer = storeOn(storage);
	for (const id of ids) writer.recordQuizAttempt('diagnose', attempt(id, 60));
	storage.removeItem(CHECKSUM_KEY);
}

describe('ProgressStore: stored text it wrote itself needs no checker', () => {
	it('writes the checksum of every text it stores', () => {
		const storage = new FakeStorage();
		storeOn(storage).recordQuizAttempt('diagnose', attempt('a1', 80));
		expect(storage.getItem(CHECKSUM_KEY)).toBe(progressChecksum(storage.getItem(PROGRESS_KEY)!));
	});

	it('reads what another page of this version wrote at once, without the checker', () => {
		const storage = new FakeStorage();
		storeOn(storage).recordQuizAttempt('diagnose', attempt('a1', 80));
		const store = storeWithoutChecker(storage);
		expect(store.getState().quizAttempts.diagnose?.map((a) => a.id)).toEqual(['a1']);
		expect(store.getNotices()).toEqual([]);
	});

	it('checks text changed outside the site once the checker has loaded, and keeps the original in a backup', async () => {
		const storage = new FakeStorage();
		storeOn(storage).recordQuizAttempt('diagnose', attempt('a1', 80));
		const edited = storage.getItem(PROGRESS_KEY)!.replace('"score":80', '"score":"achtzig"');
		storage.setItem(PROGRESS_KEY, edited);
		const store = storeWithoutChecker(storage);
		const changes = vi.fn();
		store.subscribe(changes);
		// Until the checker is there, nothing of the changed text counts.
		expect(store.getState().quizAttempts).toEqual({});
		await vi.waitFor(() => expect(changes).toHaveBeenCalled());
		expect(store.getState().quizAttempts).toEqual({}); // the broken attempt is left out…
		expect(store.backups().map((backup) => backup.text)).toEqual([edited]); // …and kept
		expect(store.getNotices().map((notice) => notice.kind)).toEqual(['recovered']);
	});

	it('checks data of an earlier release (no checksum) and writes it back with one', async () => {
		const storage = new FakeStorage();
		storeOn(storage).recordQuizAttempt('diagnose', attempt('a1', 80));
		storage.removeItem(CHECKSUM_KEY);
		const store = storeWithoutChecker(storage);
		await vi.waitFor(() => expect(store.getState().quizAttempts.diagnose).toHaveLength(1));
		expect(store.getNotices()).toEqual([]);
		expect(store.markModuleRead('diagnose')).toEqual({ saved: true });
		expect(storage.getItem(CHECKSUM_KEY)).toBe(progressChecksum(storage.getItem(PROGRESS_KEY)!));
	});

	it('keeps a change made while the checker is on its way, reports it unsaved, and saves it when the checker is there', async () => {
		const storage = new FakeStorage();
		storeOn(storage).recordQuizAttempt('diagnose', attempt('old', 60));
		storage.removeItem(CHECKSUM_KEY);
		const store = storeWithoutChecker(storage);
		const outcome = store.recordQuizAttempt('organisation', attempt('new', 90));
		expect(outcome).toEqual({ saved: false, reason: 'write-failed' });
		expect(store.getState().quizAttempts.organisation?.map((a) => a.id)).toEqual(['new']);
		await vi.waitFor(() => expect(store.getNotices()).toEqual([]));
		const stored = storeOn(storage).getState().quizAttempts;
		expect(stored.diagnose?.map((a) => a.id)).toEqual(['old']);
		expect(stored.organisation?.map((a) => a.id)).toEqual(['new']);
	});

	it('follows a tab of an older release that writes without a checksum', async () => {
		const storage = new FakeStorage();
		const store = storeWithoutChecker(storage);
		const olderRelease = storeOn(storage);
		olderRelease.recordQuizAttempt('diagnose', attempt('elsewhere', 70));
		storage.removeItem(CHECKSUM_KEY);
		store.handleStorageEvent({ key: PROGRESS_KEY, newValue: storage.getItem(PROGRESS_KEY) });
		await vi.waitFor(() => expect(store.getState().quizAttempts.diagnose?.map((a) => a.id)).toEqual(['elsewhere']));
	});

	it('never trusts text of another version, even with a matching checksum', async () => {
		const storage = new FakeStorage();
		const newer = JSON.stringify({ version: 99, updatedAt: '2030-01-01T00:00:00.000Z' });
		storage.setItem(PROGRESS_KEY, newer);
		storage.setItem(CHECKSUM_KEY, progressChecksum(newer));
		const store = storeWithoutChecker(storage);
		await vi.waitFor(() => expect(store.getNotices().map((notice) => notice.kind)).toEqual(['recovered']));
		expect(store.markModuleRead('diagnose')).toEqual({ saved: false, reason: 'read-only' });
		expect(storage.getItem(PROGRESS_KEY)).toBe(newer);
	});

	it('a reset removes the checksum with the progress', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		store.markModuleRead('diagnose');
		store.reset();
		expect(storage.getItem(PROGRESS_KEY)).toBeNull();
		expect(storage.getItem(CHECKSUM_KEY)).toBeNull();
	});
});

describe('ProgressStore: what waits for the checker is never lost', () => {
	it('two tabs without the checker keep each other’s results', () => {
		const storage = new FakeStorage();
		const tabA = storeWithoutChecker(storage);
		const tabB = storeWithoutChecker(storage);
		tabA.recordQuizAttempt('diagnose', attempt('from-a', 90));
		tabB.recordQuizAttempt('organisation', attempt('from-b', 60));
		const state = storeWithoutChecker(storage).getState();
		expect(state.quizAttempts.diagnose?.map((a) => a.id)).toEqual(['from-a']);
		expect(state.quizAttempts.organisation?.map((a) => a.id)).toEqual(['from-b']);
	});

	it('without the checker, a full storage keeps the result in memory, and the next write saves it', () => {
		const storage = new FakeStorage();
		const store = storeWithoutChecker(storage);
		store.recordQuizAttempt('diagnose', attempt('first', 60));
		storage.quota = 0;
		expect(store.recordQuizAttempt('organisation', attempt('refused', 80))).toEqual({ saved: false, reason: 'write-failed' });
		expect(store.getState().quizAttempts.organisation?.map((a) => a.id)).toEqual(['refused']);
		storage.quota = Number.POSITIVE_INFINITY;
		expect(store.markModuleRead('diagnose')).toEqual({ saved: true });
		expect(store.getNotices()).toEqual([]);
		const stored = storeWithoutChecker(storage).getState().quizAttempts;
		expect(Object.keys(stored).sort()).toEqual(['diagnose', 'organisation']);
	});

	it('keeps a result the full storage refused when an older tab’s text makes it load the checker', async () => {
		const storage = new FakeStorage();
		const store = storeWithoutChecker(storage);
		store.recordQuizAttempt('diagnose', attempt('saved', 60));
		storage.quota = 0;
		expect(store.recordQuizAttempt('organisation', attempt('unsaved', 80))).toEqual({ saved: false, reason: 'write-failed' });
		storage.quota = Number.POSITIVE_INFINITY;
		// A tab of an older release writes: no checksum matches this text.
		storage.setItem(PROGRESS_KEY, storage.getItem(PROGRESS_KEY)!.replace('"score":60', '"score":61'));
		store.handleStorageEvent({ key: PROGRESS_KEY, newValue: storage.getItem(PROGRESS_KEY) });
		await vi.waitFor(() => expect(store.getState().quizAttempts.diagnose?.[0]?.score).toBe(61));
		expect(store.getState().quizAttempts.organisation?.map((a) => a.id)).toEqual(['unsaved']);
	});

	it('an unsaved result survives the checker’s arrival (it is merged, not replaced by the stored state)', async () => {
		const storage = new FakeStorage();
		earlierRelease(storage, 'old');
		const store = storeWithoutChecker(storage);
		store.recordQuizAttempt('organisation', attempt('waiting', 80)); // waits for the checker
		storage.quota = 0; // and then storage refuses every write
		await vi.waitFor(() => expect(store.getState().quizAttempts.diagnose?.map((a) => a.id)).toEqual(['old']));
		expect(store.getState().quizAttempts.organisation?.map((a) => a.id)).toEqual(['waiting']);
		expect(store.getNotices().map((notice) => notice.kind)).toEqual(['write-failed']);
	});

	it('a reset in another tab is not undone by a change that waited for the checker', async () => {
		const storage = new FakeStorage();
		earlierRelease(storage, 'old');
		const store = storeWithoutChecker(storage);
		store.recordQuizAttempt('organisation', attempt('waiting', 80));
		storeOn(storage).reset(); // the other tab
		store.handleStorageEvent({ key: PROGRESS_KEY, newValue: null });
		store.handleStorageEvent({ key: CHECKSUM_KEY, newValue: null });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(storage.getItem(PROGRESS_KEY)).toBeNull();
		expect(store.getState().quizAttempts).toEqual({});
	});

	it('a change that waited is saved with a trusted write another tab made meanwhile', async () => {
		const storage = new FakeStorage();
		earlierRelease(storage, 'old');
		const store = storeWithoutChecker(storage, () => new Promise(() => {})); // the checker never comes
		store.recordQuizAttempt('organisation', attempt('waiting', 80));
		storeOn(storage).recordQuizAttempt('transfer', attempt('other-tab', 70)); // writes a checksum
		expect(store.markModuleRead('diagnose')).toEqual({ saved: true });
		const stored = storeWithoutChecker(storage).getState();
		expect(Object.keys(stored.quizAttempts).sort()).toEqual(['diagnose', 'organisation', 'transfer']);
		expect(stored.quizAttempts.organisation?.map((a) => a.id)).toEqual(['waiting']); // once, not twice
	});

	it('a snapshot cleared while the checker was on its way stays cleared', async () => {
		const storage = new FakeStorage();
		const writer = storeOn(storage);
		writer.saveRoleplaySnapshot('erstbesuch-werk', { step: 3 });
		storage.removeItem(CHECKSUM_KEY);
		const store = storeWithoutChecker(storage);
		store.clearRoleplaySnapshot('erstbesuch-werk');
		await vi.waitFor(() => expect(store.getNotices()).toEqual([]));
		expect(storeOn(storage).getState().roleplaySnapshots).toEqual({});
	});

	it('says so when the checker cannot load, and saves once it can', async () => {
		const storage = new FakeStorage();
		earlierRelease(storage, 'old');
		let available = false;
		const store = storeWithoutChecker(storage, () => (available ? Promise.resolve(loadProgress) : Promise.reject(new Error('offline'))));
		await vi.waitFor(() => expect(store.getNotices()[0]?.details[0]).toContain('ließ sich nicht laden'));
		available = true;
		expect(store.recordQuizAttempt('organisation', attempt('later', 80))).toEqual({ saved: false, reason: 'write-failed' });
		await vi.waitFor(() => expect(store.getNotices()).toEqual([]));
		const stored = storeOn(storage).getState().quizAttempts;
		expect(stored.diagnose?.map((a) => a.id)).toEqual(['old']);
		expect(stored.organisation?.map((a) => a.id)).toEqual(['later']);
	});

	it('trusts its own text when the checksum could not be written; other pages check it', () => {
		const storage = new FakeStorage();
		const refusingChecksum = Object.assign(Object.create(storage) as FakeStorage, {
			setItem: (key: string, value: string) => {
				if (key === CHECKSUM_KEY) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				storage.setItem(key, value);
			},
		});
		const store = storeWithoutChecker(refusingChecksum);
		expect(store.recordQuizAttempt('diagnose', attempt('a1', 80))).toEqual({ saved: true });
		expect(store.markModuleRead('diagnose')).toEqual({ saved: true }); // re-reads its own text without the checker
		expect(storage.getItem(CHECKSUM_KEY)).toBeNull();
		expect(storeOn(storage).getState().quizAttempts.diagnose?.map((a) => a.id)).toEqual(['a1']);
	});

	it('validates text whose checksum was made for another trust revision', async () => {
		const storage = new FakeStorage();
		storeOn(storage).recordQuizAttempt('diagnose', attempt('a1', 80));
		storage.setItem(CHECKSUM_KEY, checksum(storage.getItem(PROGRESS_KEY)!)); // unsalted: not this revision
		const store = storeWithoutChecker(storage);
		expect(store.getState().quizAttempts).toEqual({});
		await vi.waitFor(() => expect(store.getState().quizAttempts.diagnose?.map((a) => a.id)).toEqual(['a1']));
	});
});

describe('ProgressStore: second review', () => {
	it('a snapshot saved after a removal that waited survives the removal being redone', async () => {
		const storage = new FakeStorage();
		const writer = storeOn(storage);
		writer.saveRoleplaySnapshot('erstbesuch-werk', { step: 3 });
		storage.removeItem(CHECKSUM_KEY);
		let arrive: (validate: typeof loadProgress) => void = () => {};
		const store = storeWithoutChecker(storage, () => new Promise((resolve) => (arrive = resolve)));
		store.clearRoleplaySnapshot('erstbesuch-werk');
		await new Promise((resolve) => setTimeout(resolve, 5));
		store.saveRoleplaySnapshot('erstbesuch-werk', { step: 1, fresh: true });
		arrive(loadProgress);
		await vi.waitFor(() => expect(store.getNotices()).toEqual([]));
		expect(storeOn(storage).getState().roleplaySnapshots['erstbesuch-werk']?.snapshot).toEqual({ step: 1, fresh: true });
	});

	it('a removal whose write failed stays removed after the next write', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		store.saveRoleplaySnapshot('erstbesuch-werk', { step: 3 });
		storage.quota = 0;
		expect(store.clearRoleplaySnapshot('erstbesuch-werk')).toEqual({ saved: false, reason: 'write-failed' });
		storage.quota = Number.POSITIVE_INFINITY;
		expect(store.markModuleRead('diagnose')).toEqual({ saved: true });
		expect(storeOn(storage).getState().roleplaySnapshots).toEqual({});
	});

	it('a reset in another tab ends a notice about unsaved changes', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		store.recordQuizAttempt('diagnose', attempt('a1', 80));
		storage.quota = 0;
		store.recordQuizAttempt('organisation', attempt('refused', 80));
		storage.quota = Number.POSITIVE_INFINITY;
		storeOn(storage).reset();
		store.handleStorageEvent({ key: PROGRESS_KEY, newValue: null });
		expect(store.getNotices()).toEqual([]);
		expect(store.getState().quizAttempts).toEqual({});
	});

	it('no notice that the checker is missing once everything was saved without it', async () => {
		const storage = new FakeStorage();
		earlierRelease(storage, 'old');
		let fail: (error: Error) => void = () => {};
		const store = storeWithoutChecker(storage, () => new Promise((_, reject) => (fail = reject)));
		store.recordQuizAttempt('organisation', attempt('waiting', 80));
		storeOn(storage).recordQuizAttempt('transfer', attempt('other-tab', 70)); // a trusted write
		expect(store.markModuleRead('diagnose')).toEqual({ saved: true });
		fail(new Error('offline'));
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(store.getNotices()).toEqual([]);
	});

	it('the notice that the checker is missing goes once it has loaded', async () => {
		const storage = new FakeStorage();
		earlierRelease(storage, 'old');
		let available = false;
		const store = storeWithoutChecker(storage, () => (available ? Promise.resolve(loadProgress) : Promise.reject(new Error('offline'))));
		await vi.waitFor(() => expect(store.getNotices()).toHaveLength(1));
		available = true;
		store.handleStorageEvent({ key: PROGRESS_KEY, newValue: storage.getItem(PROGRESS_KEY) });
		await vi.waitFor(() => expect(store.getNotices()).toEqual([]));
		expect(store.getState().quizAttempts.diagnose?.map((a) => a.id)).toEqual(['old']);
	});

	it('promises no save when the checker finds data it must not touch', async () => {
		const storage = new FakeStorage();
		storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 99, updatedAt: '2030-01-01T00:00:00.000Z' }));
		let arrive: (validate: typeof loadProgress) => void = () => {};
		const store = storeWithoutChecker(storage, () => new Promise((resolve) => (arrive = resolve)));
		store.markModuleRead('diagnose');
		arrive(loadProgress);
		await vi.waitFor(() => expect(store.getNotices().map((notice) => notice.kind)).toEqual(['recovered']));
	});

	it('writes nothing over storage it could not read', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		storeOn(storage).recordQuizAttempt('diagnose', attempt('other-tab', 70));
		const refusingOnce = Object.assign(Object.create(storage) as FakeStorage, {
			failNext: true,
			getItem(this: { failNext: boolean }, key: string) {
				if (this.failNext) {
					this.failNext = false;
					throw new DOMException('denied', 'SecurityError');
				}
				return storage.getItem(key);
			},
			setItem: (key: string, value: string) => storage.setItem(key, value),
		});
		Reflect.set(store, 'storage', refusingOnce);
		expect(store.markModuleRead('organisation')).toEqual({ saved: false, reason: 'unavailable' });
		expect(store.markModuleRead('transfer')).toEqual({ saved: true });
		const stored = storeOn(storage).getState();
		expect(stored.quizAttempts.diagnose?.map((a) => a.id)).toEqual(['other-tab']);
		expect(Object.keys(stored.modules).sort()).toEqual(['organisation', 'transfer']);
		expect(store.getNotices()).toEqual([]);
	});
});

describe('checksum', () => {
	it('differs for texts that differ in one character', () => {
		expect(checksum('{"score":80}')).not.toBe(checksum('{"score":81}'));
		expect(checksum('')).toBe(checksum(''));
	});
});
