/**
 * A Storage kept in memory, which tells its owner after every change. The LMS runner offers one
 * to the pages it frames (see HOST_STORAGE_PROPERTY in progress/store.ts): their progress store
 * writes here as it would to localStorage, and the runner reports each change to the LMS.
 */
export class MemoryStorage implements Storage {
	private items = new Map<string, string>();

	constructor(private readonly onChange: (key: string) => void = () => {}) {}

	get length(): number {
		return this.items.size;
	}

	key(index: number): string | null {
		return [...this.items.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		return this.items.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		this.items.set(key, String(value));
		this.onChange(key);
	}

	removeItem(key: string): void {
		this.items.delete(key);
		this.onChange(key);
	}

	clear(): void {
		this.items.clear();
		this.onChange('');
	}
}
