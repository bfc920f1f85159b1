import type { ProgressStore } from './progress/store';

/**
 * Shows the store's notices (storage-notice.ts) once there are any. On nearly every page view there
 * are none, so the code that renders them loads only when the store first has something to say:
 * at once for blocked storage or unreadable data, later for a write that fails.
 */
export function watchStorageNotices(store: ProgressStore): void {
	let shown = false;
	const check = () => {
		if (shown || store.getNotices().length === 0) return;
		shown = true;
		// Should the code not arrive (offline), the next change of the store tries again.
		import('./storage-notice').then(
			({ showStorageNotices }) => showStorageNotices(store),
			() => (shown = false),
		);
	};
	check();
	store.subscribe(check);
}
