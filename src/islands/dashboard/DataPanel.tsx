import { useRef, useState } from 'react';
import { t } from '../../i18n/client';
import type { NoticeKind, ProgressStore } from '../../client/progress/store';
import {
	exportFileName,
	exportProgress,
	importInto,
	MAX_IMPORT_BYTES,
} from '../../client/progress/transfer';
import { downloadText } from '../shared/download';
import { formatMegabytes } from '../../i18n/format';

/** Export, import and reset of the learner's progress, each with a clear, announced outcome. */
export function DataPanel({ store }: { store: ProgressStore }) {
	const [message, setMessage] = useState('');
	const [confirming, setConfirming] = useState(false);
	const confirmRef = useRef<HTMLDivElement>(null);
	const resetButton = useRef<HTMLButtonElement>(null);
	const backups = store.backups();

	const download = (text: string, name: string) => downloadText(text, name, 'application/json');

	/** What a write that did not reach storage means for the learner. */
	const notSavedReason = (reason: NoticeKind) =>
		t(
			reason === 'unavailable'
				? 'storage.unavailable'
				: reason === 'read-only'
					? 'dashboard.readOnly'
					: 'storage.writeFailed',
		);

	const importFile = async (file: File | undefined) => {
		if (!file) return;
		// Checked before reading: a huge file would otherwise be read whole into memory first.
		if (file.size > MAX_IMPORT_BYTES) {
			setMessage(
				t('dashboard.importFailed', {
					message: t('dashboard.importTooLarge', { size: formatMegabytes(file.size) }),
				}),
			);
			return;
		}
		const result = importInto(store, await file.text());
		if (!result.ok)
			setMessage(
				t('dashboard.importFailed', { message: t(result.message.key, result.message.values) }),
			);
		else
			setMessage(
				result.outcome.saved
					? t('dashboard.imported')
					: t('dashboard.importNotSaved', { reason: notSavedReason(result.outcome.reason) }),
			);
	};

	return (
		<section className="card mt-10" aria-labelledby="daten">
			<h2 id="daten" className="font-serif text-2xl">
				{t('dashboard.dataTitle')}
			</h2>
			<p className="mt-2" role="status">
				{message}
			</p>
			<div className="mt-4 flex flex-wrap gap-3">
				<button
					type="button"
					className="button"
					onClick={() => download(exportProgress(store.getState()), exportFileName())}
				>
					{t('dashboard.export')}
				</button>
				<div>
					<label htmlFor="lernstand-import" className="block font-semibold">
						{t('dashboard.import')}
					</label>
					<input
						id="lernstand-import"
						type="file"
						accept="application/json,.json"
						aria-describedby="lernstand-import-hint"
						className="mt-1 block min-h-11"
						onChange={(event) => {
							void importFile(event.target.files?.[0]);
							event.target.value = '';
						}}
					/>
					<p id="lernstand-import-hint" className="text-sm text-muted">
						{t('dashboard.importHint')}
					</p>
				</div>
			</div>
			<div className="mt-6">
				{confirming ? (
					<div
						ref={confirmRef}
						tabIndex={-1}
						role="group"
						aria-labelledby="reset-frage"
						className="rounded-md border-2 border-focus p-4"
					>
						<p id="reset-frage">{t('dashboard.resetConfirm')}</p>
						<div className="mt-3 flex gap-3">
							<button
								type="button"
								className="button"
								onClick={() => {
									const outcome = store.reset();
									setConfirming(false);
									setMessage(
										outcome.saved
											? t('dashboard.resetDone')
											: t('dashboard.resetNotSaved', { reason: notSavedReason(outcome.reason) }),
									);
									requestAnimationFrame(() => resetButton.current?.focus());
								}}
							>
								{t('dashboard.resetYes')}
							</button>
							<button
								type="button"
								className="min-h-11 rounded-md border border-line px-4"
								onClick={() => {
									setConfirming(false);
									requestAnimationFrame(() => resetButton.current?.focus());
								}}
							>
								{t('dashboard.resetNo')}
							</button>
						</div>
					</div>
				) : (
					<button
						ref={resetButton}
						type="button"
						className="min-h-11 rounded-md border border-line px-4"
						onClick={() => {
							setConfirming(true);
							requestAnimationFrame(() => confirmRef.current?.focus());
						}}
					>
						{t('dashboard.reset')}
					</button>
				)}
			</div>
			{backups.length > 0 && (
				<div className="mt-6">
					<h3 className="font-semibold">{t('dashboard.backupsTitle')}</h3>
					<ul className="mt-2 space-y-1">
						{backups.map((backup) => (
							<li key={backup.key}>
								<button
									type="button"
									className="underline"
									onClick={() =>
										download(
											backup.text,
											`lernstand-sicherung-${backup.key.slice(-24).replace(/[:.]/g, '-')}.json`,
										)
									}
								>
									{t('storage.downloadBackup')} ({backup.key.slice(-24, -14)})
								</button>
							</li>
						))}
					</ul>
				</div>
			)}
		</section>
	);
}
