import { describe, expect, it, vi } from 'vitest';
import { checksum } from '../../../src/lib/progress/checksum';
import { CHECKSUM_KEY, PROGRESS_KEY, ProgressStore } from '../../../src/lib/progress/store';
import { attempt, FakeStorage, storeOn } from './fake-storage';

// A store without a checker, as on a page whose stored progress needed none when it opened: the
// checker (load.ts and the schema library) loads only for text the store cannot trust.
const storeWithoutChecker = (storage: Storage) => new ProgressStore(storage);

describe('ProgressStore: stored text it wrote itself needs no checker', () => {
	it('writes the checksum of every text it stores', () => {
		const storage = new FakeStorage();
		storeOn(storage).recordQuizAttempt('diagnose', attempt('a1', 80));
		expect(storage.getItem(CHECKSUM_KEY)).toBe(checksum(storage.getItem(PROGRESS_KEY)!));
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
		expect(storage.getItem(CHECKSUM_KEY)).toBe(checksum(storage.getItem(PROGRESS_KEY)!));
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
		const newer = JSON.stringify({ version: 2, updatedAt: '2030-01-01T00:00:00.000Z' });
		storage.setItem(PROGRESS_KEY, newer);
		storage.setItem(CHECKSUM_KEY, checksum(newer));
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

describe('checksum', () => {
	it('differs for texts that differ in one character', () => {
		expect(checksum('{"score":80}')).not.toBe(checksum('{"score":81}'));
		expect(checksum('')).toBe(checksum(''));
	});
});
