import { describe, expect, it, vi } from 'vitest';
import { words } from '../words';
import { loadProgress } from '../../../src/lib/progress/load';
import { PROGRESS_KEY, ProgressStore } from '../../../src/client/progress/store';
import { attempt, FakeStorage, storeOn } from './fake-storage';

/** A store that counts how often it validates stored text. */
function countingStore(storage: Storage) {
	const validate = vi.fn(loadProgress);
	return { store: new ProgressStore(storage, undefined, validate), validate };
}

/** A storage whose next read throws, as a browser does when access is suddenly refused. */
function refusingOnce(storage: FakeStorage): FakeStorage {
	return Object.assign(Object.create(storage) as FakeStorage, {
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
}

describe('ProgressStore: every read of storage is validated', () => {
	it('validates what it reads on opening and before every write, whoever wrote it', () => {
		const storage = new FakeStorage();
		storeOn(storage).recordQuizAttempt('diagnose', attempt('a1', 80));
		const { store, validate } = countingStore(storage);
		expect(validate).toHaveBeenCalledTimes(1);
		store.markModuleRead('diagnose');
		expect(validate).toHaveBeenCalledTimes(2);
		expect(store.getState().quizAttempts.diagnose?.map((a) => a.id)).toEqual(['a1']);
	});

	it('text changed outside the site is checked: the broken record goes, the original is kept in a backup', () => {
		const storage = new FakeStorage();
		const writer = storeOn(storage);
		writer.recordQuizAttempt('diagnose', attempt('a1', 80));
		writer.recordQuizAttempt('organisation', attempt('b1', 60));
		const edited = storage.getItem(PROGRESS_KEY)!.replace('"score":80', '"score":"achtzig"');
		storage.setItem(PROGRESS_KEY, edited);
		const store = storeOn(storage);
		expect(store.getState().quizAttempts.diagnose).toBeUndefined();
		expect(store.getState().quizAttempts.organisation?.map((a) => a.id)).toEqual(['b1']);
		expect(store.backups().map((backup) => backup.text)).toEqual([edited]);
		expect(store.getNotices().map((notice) => notice.kind)).toEqual(['recovered']);
		// The page that wrote the record still holds it valid in memory: its next write puts it back.
		expect(writer.markModuleRead('transfer')).toEqual({ saved: true });
		expect(
			storeOn(storage)
				.getState()
				.quizAttempts.diagnose?.map((a) => a.id),
		).toEqual(['a1']);
	});

	it('a role-play run with a meter beyond its bounds or an unknown outcome is refused, its neighbours kept', () => {
		const storage = new FakeStorage();
		const run = (id: string, patch: object = {}) => ({
			id,
			startedAt: '2026-11-20T09:50:00.000Z',
			finishedAt: '2026-11-20T10:00:00.000Z',
			path: ['zuhoeren'],
			meters: {
				sympathie: 50,
				anerkennung: 50,
				vertrauen: 65,
				gegenseitigkeit: 60,
				intensitaet: 50,
				kompetenz: 60,
			},
			endingId: 'gestaerkt',
			outcome: 'strengthened',
			...patch,
		});
		const runs = [
			run('ok'),
			run('zu-hoch', { meters: { ...run('x').meters, kompetenz: 101 } }),
			run('fuenf', {
				meters: { sympathie: 1, anerkennung: 1, vertrauen: 1, gegenseitigkeit: 1, intensitaet: 1 },
			}),
			run('unbekannt', { outcome: 'gewonnen' }),
		];
		storage.setItem(
			PROGRESS_KEY,
			JSON.stringify({
				...storeOn(new FakeStorage()).getState(),
				roleplayRuns: { kurzbesuch: runs },
			}),
		);
		const store = storeOn(storage);
		expect(store.getState().roleplayRuns.kurzbesuch?.map((r) => r.id)).toEqual(['ok']);
		expect(store.getNotices()[0]?.details?.map(words)).toEqual([
			'3 Einträge waren beschädigt und wurden übersprungen.',
		]);
	});

	it('a reset also removes the checksum key earlier releases wrote beside the progress', () => {
		const storage = new FakeStorage();
		storage.setItem('bzw:progress-checksum', '1a2b3c');
		const store = storeOn(storage);
		store.markModuleRead('diagnose');
		store.reset();
		expect(storage.length).toBe(0);
	});
});

describe('ProgressStore: nothing unsaved is lost', () => {
	it('a full storage keeps the result in memory, and the next write saves it', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		store.recordQuizAttempt('diagnose', attempt('first', 60));
		storage.quota = 0;
		expect(store.recordQuizAttempt('organisation', attempt('refused', 80))).toEqual({
			saved: false,
			reason: 'write-failed',
		});
		expect(store.getState().quizAttempts.organisation?.map((a) => a.id)).toEqual(['refused']);
		storage.quota = Number.POSITIVE_INFINITY;
		expect(store.markModuleRead('diagnose')).toEqual({ saved: true });
		expect(store.getNotices()).toEqual([]);
		expect(Object.keys(storeOn(storage).getState().quizAttempts).sort()).toEqual([
			'diagnose',
			'organisation',
		]);
	});

	it('a removal whose write failed stays removed after the next write', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		store.saveRoleplaySnapshot('erstbesuch-werk', { step: 3 });
		storage.quota = 0;
		expect(store.clearRoleplaySnapshot('erstbesuch-werk')).toEqual({
			saved: false,
			reason: 'write-failed',
		});
		storage.quota = Number.POSITIVE_INFINITY;
		expect(store.markModuleRead('diagnose')).toEqual({ saved: true });
		expect(storeOn(storage).getState().roleplaySnapshots).toEqual({});
	});

	it('a removal made while storage refused to be read stays removed, and a snapshot saved after it survives', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		store.saveRoleplaySnapshot('erstbesuch-werk', { step: 3 });
		store.saveRoleplaySnapshot('nachfolge-uebergabe', { step: 2 });
		Reflect.set(store, 'storage', refusingOnce(storage));
		expect(store.clearRoleplaySnapshot('erstbesuch-werk')).toEqual({
			saved: false,
			reason: 'unavailable',
		});
		expect(store.clearRoleplaySnapshot('nachfolge-uebergabe')).toEqual({ saved: true });
		expect(storeOn(storage).getState().roleplaySnapshots).toEqual({});
		vi.setSystemTime(Date.now() + 1000);
		store.saveRoleplaySnapshot('erstbesuch-werk', { step: 1, fresh: true });
		store.markModuleRead('diagnose');
		vi.useRealTimers();
		expect(storeOn(storage).getState().roleplaySnapshots['erstbesuch-werk']?.snapshot).toEqual({
			step: 1,
			fresh: true,
		});
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

	it('writes nothing over storage it could not read', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		storeOn(storage).recordQuizAttempt('diagnose', attempt('other-tab', 70));
		Reflect.set(store, 'storage', refusingOnce(storage));
		expect(store.markModuleRead('organisation')).toEqual({ saved: false, reason: 'unavailable' });
		expect(store.markModuleRead('transfer')).toEqual({ saved: true });
		const stored = storeOn(storage).getState();
		expect(stored.quizAttempts.diagnose?.map((a) => a.id)).toEqual(['other-tab']);
		expect(Object.keys(stored.modules).sort()).toEqual(['organisation', 'transfer']);
		expect(store.getNotices()).toEqual([]);
	});

	it('promises no save over data of a newer version', () => {
		const storage = new FakeStorage();
		storage.setItem(
			PROGRESS_KEY,
			JSON.stringify({ version: 99, updatedAt: '2030-01-01T00:00:00.000Z' }),
		);
		const store = storeOn(storage);
		expect(store.markModuleRead('diagnose')).toEqual({ saved: false, reason: 'read-only' });
		expect(store.getNotices().map((notice) => notice.kind)).toEqual(['recovered']);
		expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).version).toBe(99);
	});
});
