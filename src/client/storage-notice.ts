import { t, type UiKey } from '../i18n';
import { BACKUP_PREFIX, type ProgressStore, type StoreNotice } from './progress/store';

/**
 * Shows the store's notices (storage blocked or full, unreadable data kept in a backup) in the
 * layout's notice region, as text; a backup can be downloaded as a file. Loaded only when there is
 * a notice to show (storage-notice-watch.ts), so it brings the dictionary with it rather than every
 * page carrying these texts in its HTML.
 */
const MESSAGE_KEYS: Record<StoreNotice['kind'], UiKey> = {
	unavailable: 'storage.unavailable',
	'write-failed': 'storage.writeFailed',
	recovered: 'storage.recovered',
	'read-only': 'storage.readOnly',
};

export function showStorageNotices(store: ProgressStore): void {
	const region = document.querySelector<HTMLElement>('[data-storage-notice]');
	if (!region) return;
	const render = () => {
		const notices = store.getNotices();
		region.replaceChildren();
		region.hidden = notices.length === 0;
		for (const notice of notices) {
			const box = document.createElement('div');
			box.className = 'card border-l-4 border-l-focus';
			const message = document.createElement('p');
			message.textContent = t(MESSAGE_KEYS[notice.kind]);
			box.append(message);
			for (const detail of notice.details) {
				const line = document.createElement('p');
				line.className = 'text-sm text-muted';
				line.textContent = t(detail.key, detail.values);
				box.append(line);
			}
			const backup = notice.backupKey
				? store.backups().find((b) => b.key === notice.backupKey)
				: undefined;
			if (backup) {
				const link = document.createElement('a');
				link.href = URL.createObjectURL(new Blob([backup.text], { type: 'application/json' }));
				link.download = `lernstand-sicherung-${backup.key.slice(BACKUP_PREFIX.length).replace(/[:.]/g, '-')}.json`;
				link.textContent = t('storage.downloadBackup');
				box.append(link);
			}
			region.append(box);
		}
	};
	render();
	store.subscribe(render);
}
