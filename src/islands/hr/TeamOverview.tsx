import { useEffect, useRef, useState } from 'react';
import { formatDate, formatDay } from '../../i18n/dates';
import { t } from '../../i18n/client';
import { message } from '../../i18n/message';
import {
	overviewCsv,
	overviewRow,
	queryOverview,
	rowsWithCode,
	summarize,
	type OverviewQuery,
	type OverviewRow,
	type SortKey,
} from '../../lib/assignments/overview';
import { localDay } from '../../lib/assignments/progress';
import {
	importRecords,
	MAX_RECORD_BYTES,
	type ImportedRecord,
	type ImportOutcome,
} from '../../lib/assignments/record';
import { downloadText } from '../shared/download';
import type { HrData } from './types';

const COLUMNS: SortKey[] = ['name', 'what', 'due', 'status', 'completedAt', 'score', 'exportedAt'];
const controlClass = 'mt-1 block min-h-11 w-full rounded-md border border-line bg-canvas px-3';

async function readFiles(
	list: FileList | null,
): Promise<{ files: { name: string; text: string }[]; skipped: ImportOutcome['rejected'] }> {
	const files: { name: string; text: string }[] = [];
	const skipped: ImportOutcome['rejected'] = [];
	for (const file of Array.from(list ?? [])) {
		const name = file.webkitRelativePath || file.name;
		if (file.name.startsWith('.')) continue; // .DS_Store and friends in a picked folder
		if (!/\.json$/i.test(file.name))
			skipped.push({ fileName: name, reason: message('hr.notJson') });
		else if (file.size > MAX_RECORD_BYTES)
			skipped.push({
				fileName: name,
				reason: message('hr.fileTooLarge', { kb: Math.ceil(file.size / 1024) }),
			});
		else files.push({ name, text: await file.text() });
	}
	return { files, skipped };
}

/**
 * HR's team overview: completion records imported from files or a folder, kept in this page only.
 * Invalid files are listed with their reason; the rest can be filtered, sorted and exported as CSV.
 */
export function TeamOverview({ data }: { data: HrData }) {
	const today = localDay();
	const [records, setRecords] = useState<ImportedRecord[]>([]);
	const [rejected, setRejected] = useState<ImportOutcome['rejected']>([]);
	const [superseded, setSuperseded] = useState<ImportOutcome['superseded']>([]);
	const [message, setMessage] = useState('');
	const [query, setQuery] = useState<OverviewQuery>({
		status: 'all',
		text: '',
		assignmentId: '',
		sort: 'name',
		direction: 'ascending',
	});
	const [typedCode, setTypedCode] = useState('');
	const [codeResult, setCodeResult] = useState('');
	const folderInput = useRef<HTMLInputElement>(null);
	useEffect(() => {
		// Not in React's types: lets the browser pick a whole folder of records.
		folderInput.current?.setAttribute('webkitdirectory', '');
	}, []);

	const title = (kind: 'path' | 'module', id: string) =>
		(kind === 'path' ? data.paths : data.modules).find((entry) => entry.id === id)?.title;
	const rows = records.map((record) => overviewRow(record, title, today));
	const shown = queryOverview(rows, query);
	const summary = summarize(rows);
	const assignmentOptions = [
		...new Map(
			rows.map((row) => [
				row.assignmentId,
				`${row.what} (${t('hr.dueShort', { date: formatDay(row.due) })})`,
			]),
		).entries(),
	];

	const checkCode = () => {
		const typed = typedCode.trim();
		if (typed.replace(/[\s-]/g, '').length !== 10) {
			setCodeResult(t('hr.codeEmpty'));
			return;
		}
		const matches = rowsWithCode(rows, typed);
		setCodeResult(
			matches.length === 0
				? t('hr.codeNoMatch', { code: typed })
				: matches
						.map(({ row, certificate }) =>
							t('hr.codeMatch', { name: row.name, path: certificate.title }),
						)
						.join(' '),
		);
	};

	const importList = async (list: FileList | null) => {
		const { files, skipped } = await readFiles(list);
		const outcome = importRecords(files, records);
		setRecords(outcome.records);
		setRejected([...skipped, ...outcome.rejected]);
		setSuperseded(outcome.superseded);
		const added = files.length - outcome.rejected.length;
		setMessage(
			t('hr.imported', {
				added,
				skipped: skipped.length + outcome.rejected.length,
				total: outcome.records.length,
			}),
		);
	};

	const sortBy = (key: SortKey) =>
		setQuery((q) => ({
			...q,
			sort: key,
			direction: q.sort === key && q.direction === 'ascending' ? 'descending' : 'ascending',
		}));
	const statusText = (row: OverviewRow) =>
		row.status === 'completed'
			? t('status.completed')
			: row.status === 'in-progress'
				? t('hr.inProgress', { completed: row.completed, total: row.total })
				: t('status.notStarted');

	return (
		<div>
			<div className="card grid gap-6 md:grid-cols-2">
				<div>
					<label htmlFor="nachweise-dateien" className="block font-semibold">
						{t('hr.filesLabel')}
					</label>
					<input
						id="nachweise-dateien"
						type="file"
						multiple
						accept=".json,application/json"
						className="mt-1 block min-h-11"
						onChange={(event) => {
							void importList(event.target.files);
							event.target.value = '';
						}}
					/>
				</div>
				<div>
					<label htmlFor="nachweise-ordner" className="block font-semibold">
						{t('hr.folderLabel')}
					</label>
					<input
						id="nachweise-ordner"
						ref={folderInput}
						type="file"
						multiple
						className="mt-1 block min-h-11"
						onChange={(event) => {
							void importList(event.target.files);
							event.target.value = '';
						}}
					/>
				</div>
				<p role="status" className="md:col-span-2">
					{message}
				</p>
			</div>

			{rejected.length > 0 && (
				<section className="mt-6" aria-labelledby="uebersprungen">
					<h2 id="uebersprungen" className="font-serif text-xl">
						{t('hr.rejectedTitle', { count: rejected.length })}
					</h2>
					<ul className="mt-2 list-disc pl-6">
						{rejected.map((item, index) => (
							<li key={`${item.fileName}-${index}`}>
								<strong className="break-all">{item.fileName}</strong>:{' '}
								{t(item.reason.key, item.reason.values)}
							</li>
						))}
					</ul>
				</section>
			)}
			{superseded.length > 0 && (
				<details className="mt-4">
					<summary className="min-h-11 cursor-pointer">
						{t('hr.supersededTitle', { count: superseded.length })}
					</summary>
					<ul className="mt-2 list-disc pl-6">
						{superseded.map((item) => (
							<li key={`${item.fileName}-${item.by}`}>
								{t('hr.supersededBy', { file: item.fileName, by: item.by })}
							</li>
						))}
					</ul>
				</details>
			)}

			{rows.length > 0 && (
				<section className="mt-10" aria-labelledby="team">
					<h2 id="team" className="font-serif text-2xl">
						{t('hr.teamTitle')}
					</h2>
					<p className="mt-2">{t('hr.summary', { ...summary })}</p>
					<div className="mt-4 grid gap-4 md:grid-cols-3">
						<div>
							<label htmlFor="filter-status" className="block font-semibold">
								{t('hr.filterStatus')}
							</label>
							<select
								id="filter-status"
								className={controlClass}
								value={query.status}
								onChange={(event) =>
									setQuery({ ...query, status: event.target.value as OverviewQuery['status'] })
								}
							>
								{(['all', 'completed', 'open', 'overdue'] as const).map((status) => (
									<option key={status} value={status}>
										{t(`hr.filter.${status}`)}
									</option>
								))}
							</select>
						</div>
						<div>
							<label htmlFor="filter-text" className="block font-semibold">
								{t('hr.filterText')}
							</label>
							<input
								id="filter-text"
								type="search"
								className={controlClass}
								value={query.text}
								onChange={(event) => setQuery({ ...query, text: event.target.value })}
							/>
						</div>
						<div>
							<label htmlFor="filter-zuweisung" className="block font-semibold">
								{t('hr.filterAssignment')}
							</label>
							<select
								id="filter-zuweisung"
								className={controlClass}
								value={query.assignmentId}
								onChange={(event) => setQuery({ ...query, assignmentId: event.target.value })}
							>
								<option value="">{t('hr.filter.allAssignments')}</option>
								{assignmentOptions.map(([id, label]) => (
									<option key={id} value={id}>
										{label}
									</option>
								))}
							</select>
						</div>
					</div>
					<div className="mt-4 flex flex-wrap items-center gap-3">
						<button
							type="button"
							className="button"
							onClick={() =>
								downloadText(
									overviewCsv(shown, {
										headers: t('hr.csv.headers').split('|'),
										status: {
											'not-started': t('hr.csv.not-started'),
											'in-progress': t('hr.csv.in-progress'),
											completed: t('hr.csv.completed'),
										},
										yes: t('hr.csv.yes'),
										no: t('hr.csv.no'),
									}),
									`team-uebersicht-${today}.csv`,
									'text/csv;charset=utf-8',
								)
							}
						>
							{t('hr.exportCsv')}
						</button>
						<button
							type="button"
							className="min-h-11 rounded-md border border-line px-4"
							onClick={() => {
								setRecords([]);
								setRejected([]);
								setSuperseded([]);
								setMessage(t('hr.cleared'));
							}}
						>
							{t('hr.clear')}
						</button>
						<p role="status" className="text-sm">
							{t('hr.shown', { shown: shown.length, total: rows.length })}
						</p>
					</div>
					<form
						className="card mt-6"
						aria-labelledby="zertifikat-pruefen"
						onSubmit={(event) => {
							event.preventDefault();
							checkCode();
						}}
					>
						<h3 id="zertifikat-pruefen" className="font-serif text-xl">
							{t('hr.codeTitle')}
						</h3>
						<p className="mt-2 max-w-[40em] text-sm">{t('hr.codeLead')}</p>
						<label htmlFor="pruefcode" className="mt-3 block font-semibold">
							{t('hr.codeLabel')}
						</label>
						<div className="mt-1 flex flex-wrap gap-3">
							<input
								id="pruefcode"
								className="block min-h-11 rounded-md border border-line bg-canvas px-3 font-mono"
								value={typedCode}
								maxLength={20}
								autoComplete="off"
								spellCheck={false}
								aria-describedby="pruefcode-ergebnis"
								onChange={(event) => setTypedCode(event.target.value)}
							/>
							<button type="submit" className="button">
								{t('hr.codeCheck')}
							</button>
						</div>
						<p id="pruefcode-ergebnis" role="status" className="mt-2 font-semibold">
							{codeResult}
						</p>
					</form>
					<div
						className="mt-4 overflow-x-auto"
						tabIndex={0}
						role="region"
						aria-labelledby="team-tabelle"
					>
						<table className="w-full border-collapse text-sm">
							<caption id="team-tabelle" className="sr-only">
								{t('hr.tableCaption')}
							</caption>
							<thead>
								<tr>
									{COLUMNS.map((column) => (
										<th
											key={column}
											scope="col"
											className="border border-line p-0 text-left"
											aria-sort={query.sort === column ? query.direction : undefined}
										>
											<button
												type="button"
												className="min-h-11 w-full p-2 text-left font-semibold"
												onClick={() => sortBy(column)}
											>
												{t(`hr.column.${column}`)}
												<span aria-hidden="true">
													{query.sort === column
														? query.direction === 'ascending'
															? ' ▲'
															: ' ▼'
														: ''}
												</span>
											</button>
										</th>
									))}
									<th scope="col" className="border border-line p-2 text-left font-semibold">
										{t('hr.column.codes')}
									</th>
								</tr>
							</thead>
							<tbody>
								{shown.map((row) => (
									<tr key={row.key}>
										<th scope="row" className="border border-line p-2 text-left font-normal">
											{row.name}
											{row.email && <span className="block text-muted">{row.email}</span>}
										</th>
										<td className="border border-line p-2">{row.what}</td>
										<td className="border border-line p-2">
											{formatDay(row.due)}
											{row.overdue && <strong className="block">{t('hr.overdue')}</strong>}
											{row.late && <span className="block">{t('assignment.late')}</span>}
										</td>
										<td className="border border-line p-2">{statusText(row)}</td>
										<td className="border border-line p-2">
											{row.completedAt ? formatDate(row.completedAt) : t('dashboard.none')}
										</td>
										<td className="border border-line p-2">
											{row.score !== undefined ? `${row.score} %` : t('dashboard.none')}
										</td>
										<td className="border border-line p-2">{formatDate(row.exportedAt)}</td>
										<td className="border border-line p-2">
											{row.certificates.length === 0
												? t('hr.codeNone')
												: row.certificates.map((certificate) => (
														<span key={certificate.pathId} className="block">
															<code className="font-semibold">{certificate.code}</code>
															<span className="sr-only"> ({certificate.title})</span>
														</span>
													))}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</section>
			)}
		</div>
	);
}
