import { loadProgress } from '../../../src/lib/progress/load';
import { ProgressStore } from '../../../src/client/progress/store';
/** An in-memory Storage with an optional byte quota, shared by several stores to play several tabs. */
export class FakeStorage implements Storage {
	private items = new Map<string, string>();
	constructor(public quota = Number.POSITIVE_INFINITY) {}
	get length() {
		return this.items.size;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		const used = [...this.items].reduce(
			(sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length),
			0,
		);
		if (used + key.length + value.length > this.quota)
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.items.set(key, String(value));
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
	clear() {
		this.items.clear();
	}
}

export const attempt = (id: string, score: number, finishedAt = '2026-11-20T10:00:00.000Z') => ({
	id,
	startedAt: '2026-11-20T09:50:00.000Z',
	finishedAt,
	answers: { 'frage-eins': 0, 'frage-zwei': [1, 2], 'frage-drei': true },
	drawn: ['frage-eins', 'frage-zwei', 'frage-drei'],
	correct: Math.round(score / 10),
	total: 10,
	score,
	passed: score >= 70,
});

/** A store on `storage`, as a page opens it. */
export const storeOn = (storage: Storage | null, clock?: () => Date) =>
	new ProgressStore(storage, clock, loadProgress);
