import { describe, expect, it } from 'vitest';
import { words } from '../words';
import { BACKUP_PREFIX, PROGRESS_KEY } from '../../../src/client/progress/store';
import { exportProgress, importInto } from '../../../src/client/progress/transfer';
import { attempt, FakeStorage, storeOn } from './fake-storage';

const location = { href: '/pfade/grundlagen/diagnose/', title: 'Diagnose' };

describe('ProgressStore', () => {
	it('starts empty and saves what the learner does', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		expect(store.visitModule('diagnose', location)).toEqual({ saved: true });
		store.markSectionsRead('diagnose', ['einstieg', 'das-wichtigste-in-kürze']);
		store.recordQuizAttempt('diagnose', attempt('a1', 80));

		const reloaded = storeOn(storage);
		const state = reloaded.getState();
		expect(Object.keys(state.modules.diagnose!.sectionsRead)).toEqual([
			'einstieg',
			'das-wichtigste-in-kürze',
		]);
		expect(state.quizAttempts.diagnose!.map((a) => a.id)).toEqual(['a1']);
		expect(state.lastLocation?.href).toBe(location.href);
		expect(reloaded.getNotices()).toEqual([]);
	});

	it('keeps two tabs’ results when both write (each write re-reads and merges)', () => {
		const storage = new FakeStorage();
		const tabA = storeOn(storage);
		const tabB = storeOn(storage);
		tabA.recordQuizAttempt('diagnose', attempt('from-a', 90));
		tabB.recordQuizAttempt('organisation', attempt('from-b', 60)); // B never saw A's write
		tabB.markSectionsRead('diagnose', ['einstieg']);
		const state = storeOn(storage).getState();
		expect(state.quizAttempts.diagnose!.map((a) => a.id)).toEqual(['from-a']);
		expect(state.quizAttempts.organisation!.map((a) => a.id)).toEqual(['from-b']);
		expect(state.modules.diagnose!.sectionsRead.einstieg).toBeDefined();
	});

	it('follows another tab through the storage event, including a reset', () => {
		const storage = new FakeStorage();
		const tabA = storeOn(storage);
		const tabB = storeOn(storage);
		const seen: number[] = [];
		tabB.subscribe((state) => seen.push(state.quizAttempts.diagnose?.length ?? 0));
		tabA.recordQuizAttempt('diagnose', attempt('a1', 90));
		tabB.handleStorageEvent({ key: PROGRESS_KEY, newValue: storage.getItem(PROGRESS_KEY) });
		tabA.reset();
		tabB.handleStorageEvent({ key: PROGRESS_KEY, newValue: null });
		expect(seen).toEqual([1, 0]);
	});

	it('keeps unreadable data in a backup, tells the learner and keeps working', () => {
		const storage = new FakeStorage();
		storage.setItem(PROGRESS_KEY, '{"version":1, this is not json');
		const store = storeOn(storage);
		const notice = store.getNotices().find((n) => n.kind === 'recovered');
		expect(notice?.details?.map(words)).toEqual([
			'Die gespeicherten Daten sind kein lesbares JSON.',
		]);
		expect(storage.getItem(notice!.backupKey!)).toBe('{"version":1, this is not json');
		expect(store.recordQuizAttempt('diagnose', attempt('a1', 80))).toEqual({ saved: true });
		expect(store.backups().map((b) => b.key)).toEqual([notice!.backupKey]);
	});

	it('still links the backup when the same damaged data is read a second time (a second script of the page)', () => {
		const storage = new FakeStorage();
		storage.setItem(PROGRESS_KEY, '{"version":1, this is not json');
		const first = storeOn(storage);
		const key = first.getNotices().find((n) => n.kind === 'recovered')!.backupKey!;
		const second = storeOn(storage);
		expect(second.getNotices().find((n) => n.kind === 'recovered')?.backupKey).toBe(key);
		expect(second.backups()).toHaveLength(1);
	});

	it('salvages the valid records of partly broken data', () => {
		const storage = new FakeStorage();
		const good = attempt('gut', 80);
		storage.setItem(
			PROGRESS_KEY,
			JSON.stringify({
				version: 1,
				updatedAt: '2026-11-20T10:00:00.000Z',
				quizAttempts: { diagnose: [good, { id: 'kaputt', score: 'viel' }] },
			}),
		);
		const store = storeOn(storage);
		expect(store.getState().quizAttempts.diagnose).toEqual([good]);
		expect(store.getNotices()[0]?.details?.map(words)).toEqual([
			'1 Eintrag war beschädigt und wurde übersprungen.',
		]);
	});

	it('never writes over unreadable data it could not back up', () => {
		const storage = new FakeStorage(60);
		storage.setItem(PROGRESS_KEY, '<html>garbage that fills the store</html>');
		const store = storeOn(storage);
		expect(store.getNotices().map((n) => n.kind)).toEqual(['read-only']);
		expect(store.recordQuizAttempt('diagnose', attempt('a1', 80))).toEqual({
			saved: false,
			reason: 'read-only',
		});
		expect(storage.getItem(PROGRESS_KEY)).toBe('<html>garbage that fills the store</html>');
		expect(store.getState().quizAttempts.diagnose).toHaveLength(1); // still usable in memory
	});

	it('leaves data from a newer version untouched', () => {
		const storage = new FakeStorage();
		const future = JSON.stringify({ version: 99, updatedAt: '2030-01-01T00:00:00.000Z' });
		storage.setItem(PROGRESS_KEY, future);
		const store = storeOn(storage);
		store.markModuleRead('diagnose');
		expect(storage.getItem(PROGRESS_KEY)).toBe(future);
		expect(store.getNotices()[0]?.details?.map(words)).toEqual([
			'Der Lernstand stammt aus einer neueren Version dieser Website.',
		]);
	});

	it('reports a write that fails because storage is full, and keeps the result in memory', () => {
		const storage = new FakeStorage(150);
		const store = storeOn(storage);
		const outcome = store.recordQuizAttempt('diagnose', attempt('a1', 80));
		expect(outcome).toEqual({ saved: false, reason: 'write-failed' });
		expect(store.getNotices()[0]?.kind).toBe('write-failed');
		expect(store.getNotices()[0]?.details.map(words)).toEqual([
			'Der Speicher des Browsers ist voll.',
		]);
		expect(store.getState().quizAttempts.diagnose).toHaveLength(1);
	});

	it('works in memory when storage is unavailable and says so', () => {
		const store = storeOn(null);
		expect(store.getNotices().map((n) => n.kind)).toEqual(['unavailable']);
		expect(store.recordQuizAttempt('diagnose', attempt('a1', 80))).toEqual({
			saved: false,
			reason: 'unavailable',
		});
		expect(store.getState().quizAttempts.diagnose).toHaveLength(1);
	});

	it('export then import into an empty store is lossless', () => {
		const source = storeOn(new FakeStorage());
		source.visitModule('diagnose', location);
		source.markSectionsRead('diagnose', ['einstieg']);
		source.recordQuizAttempt('diagnose', attempt('a1', 80));
		source.recordAssessment('beziehungsqualitaet', {
			id: 'r1',
			completedAt: '2026-11-20T10:00:00.000Z',
			answers: { 'vertrauen-zusagen': 4 },
			scores: { vertrauen: 4 },
		});
		source.saveRoleplaySnapshot('erstbesuch', {
			value: 'start',
			context: { meters: { vertrauen: 50 } },
		});
		const target = storeOn(new FakeStorage());
		expect(importInto(target, exportProgress(source.getState()))).toEqual({
			ok: true,
			outcome: { saved: true },
		});
		const { updatedAt: _a, ...imported } = target.getState();
		const { updatedAt: _b, ...original } = source.getState();
		expect(imported).toEqual(original);
	});

	it('merges an import: newer attempts kept, nothing dropped', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		store.recordQuizAttempt('diagnose', attempt('local', 50, '2026-11-21T10:00:00.000Z'));
		const other = storeOn(new FakeStorage());
		other.recordQuizAttempt('diagnose', attempt('imported', 90, '2026-11-22T10:00:00.000Z'));
		importInto(store, exportProgress(other.getState()));
		expect(store.getState().quizAttempts.diagnose!.map((a) => a.id)).toEqual(['local', 'imported']);
	});

	it('an invalid import changes nothing', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		store.recordQuizAttempt('diagnose', attempt('a1', 80));
		const before = storage.getItem(PROGRESS_KEY);
		const result = importInto(
			store,
			'{"format":"beziehungsweise-lernstand","progress":{"version":1,"__proto__":{"polluted":true}}}',
		);
		expect(result.ok).toBe(false);
		expect(!result.ok && words(result.message)).toBe(
			'Die Datei enthält den unzulässigen Schlüssel „__proto__“.',
		);
		expect(storage.getItem(PROGRESS_KEY)).toBe(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('a page of an older release keeps one backup of newer data, however often the newer page writes', () => {
		const storage = new FakeStorage();
		const oldTab = storeOn(storage);
		for (let write = 1; write <= 5; write++) {
			storage.setItem(
				PROGRESS_KEY,
				JSON.stringify({ version: 99, updatedAt: `2030-01-0${write}T00:00:00.000Z` }),
			);
			oldTab.handleStorageEvent({ key: PROGRESS_KEY, newValue: storage.getItem(PROGRESS_KEY) });
		}
		expect(oldTab.backups()).toHaveLength(1);
		expect(oldTab.markModuleRead('diagnose')).toEqual({ saved: false, reason: 'read-only' });
	});

	it('keeps two backups of the same millisecond apart', () => {
		const storage = new FakeStorage();
		const clock = () => new Date('2026-11-27T10:00:00.000Z');
		storage.setItem(PROGRESS_KEY, 'kaputt eins');
		storeOn(storage, clock);
		storage.setItem(PROGRESS_KEY, 'kaputt zwei');
		const store = storeOn(storage, clock);
		expect(
			store
				.backups()
				.map((backup) => backup.text)
				.sort(),
		).toEqual(['kaputt eins', 'kaputt zwei']);
	});

	it('does not store the same unreadable data twice as backup', () => {
		const storage = new FakeStorage();
		storage.setItem(PROGRESS_KEY, 'kaputt');
		storeOn(storage);
		storeOn(storage);
		expect(storeOn(storage).backups()).toHaveLength(1);
		expect(storage.key(1)?.startsWith(BACKUP_PREFIX)).toBe(true);
	});
});
