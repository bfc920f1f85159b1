import { useEffect, useState } from 'react';
import { t } from '../../i18n/client';
import { quizStats } from '../../lib/progress/completion';
import { pathCompletion } from '../../lib/progress/path-completion';
import { localDay } from '../../lib/assignments/progress';
import { openFollowUps } from '../../lib/workbench/action-plan';
import { formatDay } from '../../i18n/dates';
import { gainValues, learningGain } from '../../lib/quiz/learning-gain';
import type { ProgressState } from '../../schemas/stored/progress-state';
import { getProgressStore } from '../../client/progress/store';
import { watchStorageNotices } from '../../client/storage-notice-watch';
import { ProfileView } from '../assessment/ProfileView';
import { Assignments } from './Assignments';
import { DataPanel } from './DataPanel';
import type { DashboardData } from '../shared/course-data';

const date = (iso: string) => new Date(iso).toLocaleDateString('de-DE');

/** "Mein Lernstand": continue, assignments, paths, knowledge checks, self-assessment profiles, role-play runs, and the learner's data. */
export function Dashboard({ data }: { data: DashboardData }) {
	const store = getProgressStore();
	const [state, setState] = useState<ProgressState>(() => store.getState());
	useEffect(() => {
		watchStorageNotices(store);
		return store.subscribe(setState);
	}, [store]);

	const last = state.lastLocation;
	return (
		<div>
			<section className="card" aria-labelledby="weiter">
				<h2 id="weiter" className="font-serif text-2xl">
					{t('dashboard.continueTitle')}
				</h2>
				{last ? (
					<p className="mt-2">
						<a className="button" href={last.href}>
							{last.title}
						</a>{' '}
						<span className="text-sm text-muted">
							{t('dashboard.lastVisited', { date: date(last.at) })}
						</span>
					</p>
				) : (
					<p className="mt-2">{t('dashboard.continueEmpty')}</p>
				)}
			</section>

			<Assignments state={state} data={data} />

			<section className="mt-10" aria-labelledby="pfade">
				<h2 id="pfade" className="font-serif text-2xl">
					{t('dashboard.pathsTitle')}
				</h2>
				<ul className="mt-4 grid gap-4 md:grid-cols-2">
					{data.paths.map((path) => {
						const progress = pathCompletion(state, path.modules, path.tests);
						const gain = learningGain(progress.entry, progress.final);
						const score = (value: number | undefined) =>
							value === undefined ? t('path.testNotTaken') : t('path.testScore', { score: value });
						const line = progress.complete
							? 'path.progressFinal'
							: progress.finalTestOpen
								? 'path.progressFinalOpen'
								: 'path.progress';
						return (
							<li key={path.id} className="card" data-path-card={path.id}>
								<h3 className="text-lg font-semibold">
									<a href={path.href}>{path.title}</a>
								</h3>
								<label htmlFor={`fortschritt-${path.id}`} className="sr-only">
									{t('path.progressLabel')}: {path.title}
								</label>
								<progress
									id={`fortschritt-${path.id}`}
									className="mt-2 block h-3 w-full accent-accent"
									max={100}
									value={progress.percent}
								/>
								<p className="mt-1 text-sm">
									{t(line, {
										completed: progress.modulesCompleted,
										total: progress.modulesTotal,
										percent: progress.percent,
									})}
								</p>
								{path.tests.hasFinalTest && (
									<dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
										<dt className="font-semibold">{t('path.entryTest')}</dt>
										<dd data-entry-score>{score(progress.entry.first)}</dd>
										<dt className="font-semibold">{t('path.finalTest')}</dt>
										<dd data-final-score>{score(progress.final.best)}</dd>
										<dt className="font-semibold">{t('path.learningGain')}</dt>
										<dd data-gain>
											{gain === undefined ? t('dashboard.none') : t('path.gain', gainValues(gain))}
										</dd>
									</dl>
								)}
								{progress.complete ? (
									<p className="mt-2">
										<a href={path.certificateHref}>{t('path.certificate')}</a>
									</p>
								) : (
									progress.finalTestOpen && (
										<p className="mt-2">
											<a href={path.tests.finalHref}>{t('path.takeFinal')}</a>
										</p>
									)
								)}
							</li>
						);
					})}
				</ul>
			</section>

			<section className="mt-10" aria-labelledby="checks">
				<h2 id="checks" className="font-serif text-2xl">
					{t('dashboard.quizzesTitle')}
				</h2>
				<div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="checks">
					<table className="w-full border-collapse text-sm">
						<thead>
							<tr>
								{['quiz', 'attempts', 'best', 'last', 'passed'].map((column) => (
									<th key={column} scope="col" className="border border-line p-2 text-left">
										{t(`dashboard.${column}` as 'dashboard.quiz')}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{data.quizzes.map((quiz) => {
								const stats = quizStats(state, quiz.id);
								return (
									<tr key={quiz.id}>
										<th scope="row" className="border border-line p-2 text-left font-normal">
											<a href={`${quiz.moduleHref}#quiz-${quiz.id}`}>{quiz.moduleTitle}</a>
										</th>
										<td className="border border-line p-2">{stats.attempts}</td>
										<td className="border border-line p-2">
											{stats.best !== undefined ? `${stats.best} %` : t('dashboard.none')}
										</td>
										<td className="border border-line p-2">
											{stats.last !== undefined ? `${stats.last} %` : t('dashboard.none')}
										</td>
										<td className="border border-line p-2">
											{stats.passed ? t('dashboard.yes') : t('dashboard.no')}
										</td>
									</tr>
								);
							})}
						</tbody>
					</table>
				</div>
			</section>

			<section className="mt-10" aria-labelledby="profile">
				<h2 id="profile" className="font-serif text-2xl">
					{t('dashboard.assessmentsTitle')}
				</h2>
				{data.assessments.map(({ id, assessment, href }) => {
					const results = state.assessments[id] ?? [];
					const latest = results.at(-1);
					return (
						<div key={id} className="card mt-4">
							<h3 className="text-lg font-semibold">{assessment.title}</h3>
							{latest ? (
								<>
									<p className="text-sm text-muted">
										{t('assessment.lastResult', { date: date(latest.completedAt) })}
									</p>
									<div className="mt-3">
										<ProfileView
											assessment={assessment}
											scores={latest.scores}
											previous={results.at(-2)?.scores}
											headingLevel="h4"
										/>
									</div>
								</>
							) : (
								<p className="mt-1">
									{t('dashboard.assessmentEmpty')}{' '}
									{href && <a href={href}>{t('dashboard.assessmentOpen')}</a>}
								</p>
							)}
						</div>
					);
				})}
			</section>

			<section className="mt-10" aria-labelledby="rollenspiele">
				<h2 id="rollenspiele" className="font-serif text-2xl">
					{t('dashboard.roleplaysTitle')}
				</h2>
				{Object.keys(state.roleplayRuns).length === 0 ? (
					<p className="mt-2">{t('dashboard.roleplaysEmpty')}</p>
				) : (
					<ul className="mt-2 space-y-1">
						{Object.entries(state.roleplayRuns).map(([scenarioId, runs]) => (
							<li key={scenarioId}>
								<a href={data.roleplays.find((r) => r.id === scenarioId)?.href}>
									{data.roleplays.find((r) => r.id === scenarioId)?.title ?? scenarioId}
								</a>
								:{' '}
								{t('dashboard.runs', {
									count: runs.length,
									outcome: t(
										`roleplay.outcome.${runs.at(-1)?.outcome ?? 'neutral'}` as 'roleplay.outcome.neutral',
									),
								})}
							</li>
						))}
					</ul>
				)}
			</section>

			<section className="mt-10" aria-labelledby="werkstatt">
				<h2 id="werkstatt" className="font-serif text-2xl">
					{t('dashboard.workbenchTitle')}
				</h2>
				<p className="mt-2">{t('dashboard.workbenchLead')}</p>
				<WorkbenchFollowUps state={state} />
				<p className="mt-2">
					<a href={data.links.workbench}>{t('dashboard.workbenchOpen')}</a>
				</p>
			</section>

			<DataPanel store={store} />
		</div>
	);
}

/** The workbench's open follow-ups, the earliest first: what the learner promised to look at again. */
function WorkbenchFollowUps({ state }: { state: ProgressState }) {
	const followUps = openFollowUps(state.workbenchCustomers, localDay());
	if (followUps.length === 0) return null;
	return (
		<>
			<h3 className="mt-4 font-semibold">{t('dashboard.workbenchFollowUps')}</h3>
			<ul className="mt-1 list-disc pl-6" data-workbench-follow-ups>
				{followUps.slice(0, 5).map((item) => (
					<li key={`${item.customerId}-${item.action.id}`}>
						{formatDay(item.action.followUp)}: {item.customerName} – {item.action.what}
						{item.overdue && <strong> ({t('dashboard.workbenchOverdue')})</strong>}
					</li>
				))}
			</ul>
		</>
	);
}
