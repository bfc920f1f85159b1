import { formatDay } from '../../i18n/dates';
import { t } from '../../i18n/client';
import { assignmentProgress, resolveAssignment } from '../../lib/assignments/progress';
import {
	buildCompletionRecord,
	recordFileName,
	serializeRecord,
} from '../../lib/assignments/record';
import type { ProgressState } from '../../schemas/stored/progress-state';
import { assignmentStatusText, deadlineText } from '../shared/status-text';
import { downloadText } from '../shared/download';
import type { DashboardData } from '../shared/course-data';

/** "Ihre Zuweisungen": what HR assigned, by when, how far the learner is, and the completion record. Shown once there is one. */
export function Assignments({ state, data }: { state: ProgressState; data: DashboardData }) {
	const records = Object.values(state.assignments).sort((a, b) =>
		a.assignment.due.localeCompare(b.assignment.due),
	);
	if (records.length === 0) return null;
	return (
		<section className="mt-10" aria-labelledby="zuweisungen">
			<h2 id="zuweisungen" className="font-serif text-2xl">
				{t('assignment.dashboardTitle')}
			</h2>
			<div
				className="mt-4 overflow-x-auto"
				tabIndex={0}
				role="region"
				aria-labelledby="zuweisungen"
			>
				<table className="w-full border-collapse text-sm">
					<thead>
						<tr>
							{(['what', 'due', 'status', 'record'] as const).map((column) => (
								<th key={column} scope="col" className="border border-line p-2 text-left">
									{t(`assignment.column.${column}`)}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{records.map((record) => {
							const { assignment } = record;
							const { items } = resolveAssignment(assignment, data);
							const progress = assignmentProgress(state, assignment, data);
							const deadline = deadlineText(progress);
							return (
								<tr key={assignment.id} data-assignment={assignment.id}>
									<th scope="row" className="border border-line p-2 text-left font-normal">
										<ul>
											{items.map((item) => (
												<li key={`${item.kind}:${item.id}`}>
													<a href={item.href}>{item.title}</a>
												</li>
											))}
										</ul>
										<span className="text-muted">
											{t('assignment.issuedByShort', { issuer: assignment.issuedBy })}
										</span>
									</th>
									<td className="border border-line p-2">
										{formatDay(assignment.due)}
										{deadline && (
											<>
												<br />
												<strong>{deadline}</strong>
											</>
										)}
									</td>
									<td className="border border-line p-2">{assignmentStatusText(progress)}</td>
									<td className="border border-line p-2">
										<a href={`${data.links.record}#${assignment.id}`}>
											{t('assignment.openRecord')}
										</a>
										<br />
										<button
											type="button"
											className="mt-1 min-h-11 underline"
											onClick={() => {
												const completion = buildCompletionRecord(state, record, data);
												downloadText(
													serializeRecord(completion),
													recordFileName(completion),
													'application/json',
												);
											}}
										>
											{t('assignment.downloadRecord')}
										</button>
									</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
		</section>
	);
}
