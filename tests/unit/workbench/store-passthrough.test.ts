import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../../src/client/progress/store';
import { workedExample } from '../../../src/lib/workbench/example';
import { attempt, FakeStorage, storeOn } from '../progress/fake-storage';

/**
 * Without registerWorkbenchSchemas (a file of its own: Vitest runs each file in a fresh module
 * state), as on every page but the workbench and the dashboard.
 */
const { updatedAt: _updatedAt, ...example } = workedExample('2026-12-04T10:00:00.000Z');

describe('the workbench on other pages', () => {
	it('on a page that does not read the workbench, its records pass through untouched, even damaged ones', () => {
		// No registration: what every other page sees (progress-state.ts, WorkbenchRecordShape).
		const storage = new FakeStorage();
		storeOn(storage).saveWorkbenchCustomer('gut', example);
		const stored = JSON.parse(storage.getItem(PROGRESS_KEY)!);
		stored.workbenchCustomers.kaputt = { ...stored.workbenchCustomers.gut, profitability: 9 };
		storage.setItem(PROGRESS_KEY, JSON.stringify(stored));
		const other = storeOn(storage);
		other.recordQuizAttempt('diagnose', attempt('a1', 80));
		expect(
			Object.keys(JSON.parse(storage.getItem(PROGRESS_KEY)!).workbenchCustomers).sort(),
		).toEqual(['gut', 'kaputt']);
		expect(other.getNotices()).toEqual([]);
	});
});
