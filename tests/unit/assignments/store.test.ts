import { describe, expect, it } from 'vitest';
import { words } from '../words';
import { loadProgress } from '../../../src/lib/progress/load';
import { PROGRESS_KEY } from '../../../src/client/progress/store';
import { FakeStorage, storeOn } from '../progress/fake-storage';
import { assignmentOf } from './course';

describe('accepted assignments in the progress store', () => {
	it('are kept, survive a reload, and accepting again keeps the first acceptance', () => {
		const storage = new FakeStorage();
		let now = new Date('2026-11-02T09:00:00.000Z');
		const store = storeOn(storage, () => now);
		store.acceptAssignment(assignmentOf());
		now = new Date('2026-11-03T09:00:00.000Z');
		store.acceptAssignment(assignmentOf());
		const record = storeOn(storage).getState().assignments.abcdefgh1234;
		expect(record).toEqual({
			assignment: assignmentOf(),
			acceptedAt: '2026-11-02T09:00:00.000Z',
			updatedAt: '2026-11-03T09:00:00.000Z',
		});
	});

	it('are validated record by record: a tampered one is skipped, its neighbour kept', () => {
		const storage = new FakeStorage();
		storeOn(storage).acceptAssignment(assignmentOf());
		storeOn(storage).acceptAssignment(assignmentOf({ id: 'zweite00zuweisung' }));
		const data = JSON.parse(storage.getItem(PROGRESS_KEY)!);
		data.assignments.zweite00zuweisung.assignment.message = '<script>alert(1)</script>';
		const { state, problems } = loadProgress(JSON.stringify(data));
		expect(Object.keys(state.assignments)).toEqual(['abcdefgh1234']);
		expect(problems.map(words)).toEqual(['1 Eintrag war beschädigt und wurde übersprungen.']);
	});

	it('from two tabs are both kept', () => {
		const storage = new FakeStorage();
		const tabA = storeOn(storage);
		const tabB = storeOn(storage);
		tabA.acceptAssignment(assignmentOf());
		tabB.acceptAssignment(assignmentOf({ id: 'zweite00zuweisung' }));
		expect(Object.keys(storeOn(storage).getState().assignments).sort()).toEqual([
			'abcdefgh1234',
			'zweite00zuweisung',
		]);
	});
});
