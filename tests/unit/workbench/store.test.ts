import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, PROGRESS_KEY } from '../../../src/client/progress/store';
import { exportProgress, importInto } from '../../../src/client/progress/transfer';
import { registerWorkbenchSchemas } from '../../../src/lib/progress/workbench-schemas';
import { workedExample } from '../../../src/lib/workbench/example';
import { attempt, FakeStorage, storeOn } from '../progress/fake-storage';

const now = '2026-12-04T10:00:00.000Z';
const { updatedAt: _updatedAt, ...example } = workedExample(now);
const profile = {
	current: { reichweite: 20, netz: 40, steuerung: 50, dauer: 30, zuschnitt: 70 },
	target: { reichweite: 60, netz: 40, steuerung: 70, dauer: 30, zuschnitt: 80 },
};

describe('the workbench in the progress store', () => {
	it('keeps customers and the strategy profile across a reload and in an exported file', () => {
		registerWorkbenchSchemas();
		const storage = new FakeStorage();
		const store = storeOn(storage);
		expect(store.saveWorkbenchCustomer('kunde-1', example)).toEqual({ saved: true });
		expect(store.saveStrategyProfile(profile)).toEqual({ saved: true });
		const reloaded = storeOn(storage).getState();
		expect(reloaded.workbenchCustomers['kunde-1']?.name).toBe(example.name);
		expect(reloaded.workbenchProfiles.strategie?.target.reichweite).toBe(60);

		const elsewhere = storeOn(new FakeStorage());
		const file = exportProgress(store.getState());
		expect(importInto(elsewhere, file).ok).toBe(true);
		expect(elsewhere.getState().workbenchCustomers['kunde-1']?.people.length).toBe(
			example.people.length,
		);
	});

	it('resets the workbench alone: every other record of the learner stays', () => {
		const storage = new FakeStorage();
		const store = storeOn(storage);
		store.recordQuizAttempt('diagnose', attempt('a1', 80));
		store.saveWorkbenchCustomer('kunde-1', example);
		store.saveWorkbenchCustomer('kunde-2', { ...example, name: 'Zweiter Kunde' });
		store.saveStrategyProfile(profile);

		expect(store.removeFromWorkbench(['kunde-1'])).toEqual({ saved: true });
		expect(Object.keys(storeOn(storage).getState().workbenchCustomers)).toEqual(['kunde-2']);

		expect(store.removeFromWorkbench('all')).toEqual({ saved: true });
		const state = storeOn(storage).getState();
		expect(state.workbenchCustomers).toEqual({});
		expect(state.workbenchProfiles).toEqual({});
		expect(state.quizAttempts.diagnose?.map((a) => a.id)).toEqual(['a1']);
	});

	it('a deletion in one tab is not undone by another tab that still showed the customer', () => {
		const storage = new FakeStorage();
		const tabA = storeOn(storage);
		const tabB = storeOn(storage);
		tabB.saveWorkbenchCustomer('kunde-1', example);
		tabA.handleStorageEvent({ key: 'bzw:progress', newValue: storage.getItem('bzw:progress') });
		tabA.removeFromWorkbench(['kunde-1']);
		tabB.handleStorageEvent({ key: 'bzw:progress', newValue: storage.getItem('bzw:progress') });
		tabB.recordQuizAttempt('diagnose', attempt('b1', 70));
		const state = storeOn(storage).getState();
		expect(state.workbenchCustomers).toEqual({});
		expect(state.quizAttempts.diagnose?.map((a) => a.id)).toEqual(['b1']);
	});

	it('damaged workbench data is kept as a backup; the valid customers and all else stay', () => {
		registerWorkbenchSchemas(); // as the workbench and the dashboard do before opening the store
		const storage = new FakeStorage();
		const store = storeOn(storage);
		store.saveWorkbenchCustomer('gut', example);
		store.recordQuizAttempt('diagnose', attempt('a1', 80));
		const stored = JSON.parse(storage.getItem(PROGRESS_KEY)!);
		// A hand-edited file: a customer whose action names a person who does not exist.
		stored.workbenchCustomers.kaputt = {
			...stored.workbenchCustomers.gut,
			actions: [{ ...stored.workbenchCustomers.gut.actions[0], personId: 'niemand' }],
		};
		storage.setItem(PROGRESS_KEY, JSON.stringify(stored));

		const reopened = storeOn(storage);
		expect(Object.keys(reopened.getState().workbenchCustomers)).toEqual(['gut']);
		expect(reopened.getState().quizAttempts.diagnose?.map((a) => a.id)).toEqual(['a1']);
		expect(reopened.getNotices().map((n) => n.kind)).toContain('recovered');
		const backup = reopened.backups()[0]!;
		expect(backup.key.startsWith(BACKUP_PREFIX)).toBe(true);
		expect(JSON.parse(backup.text).workbenchCustomers.kaputt).toBeDefined();
	});

	it('refuses to import a file whose workbench customer is damaged, and changes nothing', () => {
		registerWorkbenchSchemas();
		const source = storeOn(new FakeStorage());
		source.saveWorkbenchCustomer('gut', example);
		const file = JSON.parse(exportProgress(source.getState()));
		file.progress.workbenchCustomers.gut.links.push({
			personId: 'niemand',
			contactId: 'keiner',
			strength: 3,
		});
		const target = storeOn(new FakeStorage());
		const result = importInto(target, JSON.stringify(file));
		expect(result.ok).toBe(false);
		expect(target.getState().workbenchCustomers).toEqual({});
	});
});
