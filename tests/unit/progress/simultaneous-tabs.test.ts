import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '../../../src/client/progress/store';
import { attempt, FakeStorage, storeOn } from './fake-storage';

/**
 * Two tabs that save at the same moment (issue 15, section 7). In a browser each tab reads its own
 * copy of localStorage, which learns of the other tab's write a moment later; a tab that writes in
 * that moment merges with a copy that misses the other's record and drops it. `LaggingView` plays
 * such a copy: until `catchUp()`, it reads what the shared storage held when it last caught up.
 */
class LaggingView extends FakeStorage {
	private seen = new Map<string, string | null>();
	constructor(private readonly shared: FakeStorage) {
		super();
		this.catchUp();
	}
	catchUp() {
		this.seen = new Map(
			[...Array(this.shared.length).keys()].map((i) => [
				this.shared.key(i)!,
				this.shared.getItem(this.shared.key(i)!),
			]),
		);
	}
	override get length() {
		return this.shared.length;
	}
	override key(index: number) {
		return this.shared.key(index);
	}
	override getItem(key: string) {
		return this.seen.has(key) ? this.seen.get(key)! : null;
	}
	override setItem(key: string, value: string) {
		this.shared.setItem(key, value);
		this.seen.set(key, value);
	}
	override removeItem(key: string) {
		this.shared.removeItem(key);
		this.seen.delete(key);
	}
}

describe('two tabs saving at the same moment', () => {
	it('keep both results: the tab whose result a stale write dropped saves it again when it hears of that write', () => {
		const shared = new FakeStorage();
		const viewA = new LaggingView(shared);
		const viewB = new LaggingView(shared);
		const tabA = storeOn(viewA);
		const tabB = storeOn(viewB);

		// B saves first; A, whose copy has not yet seen B's write, saves a moment later and overwrites it.
		expect(tabB.recordQuizAttempt('organisation', attempt('from-b', 60))).toEqual({ saved: true });
		expect(tabA.recordQuizAttempt('diagnose', attempt('from-a', 90))).toEqual({ saved: true });
		expect(JSON.parse(shared.getItem(PROGRESS_KEY)!).quizAttempts.organisation).toBeUndefined();

		// The copies catch up and each tab hears of the other's write.
		viewA.catchUp();
		viewB.catchUp();
		tabB.handleStorageEvent({ key: PROGRESS_KEY, newValue: shared.getItem(PROGRESS_KEY) });
		viewA.catchUp();
		tabA.handleStorageEvent({ key: PROGRESS_KEY, newValue: shared.getItem(PROGRESS_KEY) });

		const stored = JSON.parse(shared.getItem(PROGRESS_KEY)!);
		expect(Object.keys(stored.quizAttempts).sort()).toEqual(['diagnose', 'organisation']);
		for (const tab of [tabA, tabB])
			expect(Object.keys(tab.getState().quizAttempts).sort()).toEqual(['diagnose', 'organisation']);
	});

	it('do not bring back progress that was reset in another tab', () => {
		const shared = new FakeStorage();
		const tabA = storeOn(shared);
		const tabB = storeOn(shared);
		tabA.recordQuizAttempt('diagnose', attempt('a1', 80));
		tabB.handleStorageEvent({ key: PROGRESS_KEY, newValue: shared.getItem(PROGRESS_KEY) });
		tabB.reset();
		tabA.handleStorageEvent({ key: PROGRESS_KEY, newValue: null });
		expect(shared.getItem(PROGRESS_KEY)).toBeNull();
		expect(tabA.getState().quizAttempts).toEqual({});
	});
});
