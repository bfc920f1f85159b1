import { useEffect, useState } from 'react';
import { formatDate, formatDay } from '../../i18n/dates';
import { t } from '../../i18n/client';
import { assignmentProgress } from '../../lib/assignments/progress';
import {
	buildCompletionRecord,
	recordFileName,
	serializeRecord,
} from '../../lib/assignments/record';
import type { ProgressState } from '../../schemas/stored/progress-state';
import { getProgressStore } from '../../client/progress/store';
import { watchStorageNotices } from '../../client/storage-notice-watch';
import type { DashboardData } from '../shared/course-data';
import { downloadText } from '../shared/download';
import { assignmentStatusText, deadlineText } from '../shared/status-text';
import { gainValues, learningGain } from '../../lib/quiz/learning-gain';
import { RecordTable } from './RecordTable';

/** The assignment id from the address's fragment; a malformed one simply matches nothing. */
function idFromHash(): string {
	try {
		return decodeURIComponent(location.hash.slice(1));
	} catch {
		return '';
	}
}

/**
 * The printable completion record of one accepted assignment (`/nachweis/#<id>`): who, what, by
 * when, the status and score of every module, and the same as a JSON file for HR.
 */
export function RecordSheet({ data }: { data: DashboardData }) {
	const store = getProgressStore();
	const [state, setState] = useState<ProgressState>(() => store.getState());
	const [id, setId] = useState(idFromHash);
	useEffect(() => {
		watchStorageNotices(store);
		const follow = () => setId(idFromHash());
		window.addEventListener('hashchange', follow);
		const unsubscribe = store.subscribe(setState);
		return () => {
			window.removeEventListener('hashchange', follow);
			unsubscribe();
		};
	}, [store]);

	const stored = Object.hasOwn(state.assignments, id) ? state.assignments[id] : undefined;
	if (!stored)
		return (
			<p role="alert" className="card">
				{t('record.notFound')} <a href={data.links.dashboard}>{t('assignment.toDashboard')}</a>
			</p>
		);
	const { assignment } = stored;
	const progress = assignmentProgress(state, assignment, data);
	const deadline = deadlineText(progress);
	const now = new Date();

	return (
		<div>
			<p className="no-print flex flex-wrap gap-3">
				<button type="button" className="button" onClick={() => window.print()}>
					{t('record.print')}
				</button>
				<button
					type="button"
					className="min-h-11 rounded-md border border-line px-4"
					onClick={() => {
						const record = buildCompletionRecord(store.getState(), stored, data);
						downloadText(serializeRecord(record), recordFileName(record), 'application/json');
					}}
				>
					{t('record.download')}
				</button>
			</p>
			<article className="certificate card mt-6" aria-labelledby="nachweis-titel">
				<p className="eyebrow">{t('record.eyebrow')}</p>
				<h2 id="nachweis-titel" className="mt-2 font-serif text-3xl">
					{assignment.assignee.name}
				</h2>
				<dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
					{assignment.assignee.email && (
						<>
							<dt className="font-semibold">{t('assignment.email')}</dt>
							<dd>{assignment.assignee.email}</dd>
						</>
					)}
					<dt className="font-semibold">{t('assignment.issuedBy')}</dt>
					<dd>
						{t('assignment.issuedByValue', {
							issuer: assignment.issuedBy,
							date: formatDay(assignment.issuedAt),
						})}
					</dd>
					<dt className="font-semibold">{t('assignment.due')}</dt>
					<dd>
						{formatDay(assignment.due)}
						{deadline && <strong className="ml-2">{deadline}</strong>}
					</dd>
					<dt className="font-semibold">{t('record.acceptedAt')}</dt>
					<dd>{formatDate(stored.acceptedAt)}</dd>
					<dt className="font-semibold">{t('record.status')}</dt>
					<dd>{assignmentStatusText(progress)}</dd>
					<dt className="font-semibold">{t('record.score')}</dt>
					<dd>{progress.score !== undefined ? `${progress.score} %` : t('dashboard.none')}</dd>
				</dl>
				{progress.pathTests.length > 0 && (
					<RecordTable
						id="nachweis-tests"
						caption={t('record.testsCaption')}
						columns={['path', 'entry', 'final', 'gain']}
					>
						{progress.pathTests.map((test) => {
							const gain = learningGain({ first: test.entry }, { best: test.final });
							return (
								<tr key={test.pathId} data-path-test={test.pathId}>
									<th scope="row" className="border border-line p-2 text-left font-normal">
										{test.title}
									</th>
									<td className="border border-line p-2">
										{test.entry !== undefined ? `${test.entry} %` : t('dashboard.none')}
									</td>
									<td className="border border-line p-2">
										{test.final !== undefined
											? t(test.passed ? 'record.quizPassed' : 'record.quizNotPassed', {
													best: test.final,
												})
											: t('dashboard.none')}
									</td>
									<td className="border border-line p-2">
										{gain === undefined ? t('dashboard.none') : t('path.gain', gainValues(gain))}
									</td>
								</tr>
							);
						})}
					</RecordTable>
				)}
				<RecordTable
					id="nachweis-module"
					caption={t('record.modulesCaption')}
					columns={['module', 'moduleStatus', 'sections', 'quiz', 'completedAt']}
				>
					{progress.modules.map(({ meta, status, completedAt, quiz }) => (
						<tr key={meta.id}>
							<th scope="row" className="border border-line p-2 text-left font-normal">
								{meta.title}
							</th>
							<td className="border border-line p-2">
								{t(
									`status.${status.status === 'not-started' ? 'notStarted' : status.status === 'completed' ? 'completed' : 'inProgressShort'}`,
								)}
							</td>
							<td className="border border-line p-2">
								{t('record.sectionsValue', {
									read: status.sectionsRead,
									total: status.sectionsTotal,
								})}
							</td>
							<td className="border border-line p-2">
								{quiz?.best !== undefined
									? t(quiz.passed ? 'record.quizPassed' : 'record.quizNotPassed', {
											best: quiz.best,
										})
									: t('dashboard.none')}
							</td>
							<td className="border border-line p-2">
								{completedAt ? formatDate(completedAt) : t('dashboard.none')}
							</td>
						</tr>
					))}
				</RecordTable>
				<p className="mt-6 text-xs text-muted">
					{t('record.selfReported', { date: formatDate(now.toISOString()) })}
				</p>
			</article>
		</div>
	);
}
