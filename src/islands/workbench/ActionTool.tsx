import { useState, type FormEvent } from 'react';
import { formatDay } from '../../i18n/dates';
import { t } from '../../i18n/client';
import { isOverdue } from '../../lib/workbench/action-plan';
import { followUpsToICS } from '../../lib/workbench/ical';
import {
	ACTION_STATUS,
	CRITERIA,
	type ActionStatus,
	type Criterion,
	type WorkbenchCustomer,
} from '../../schemas/stored/workbench';
import { fileSlug } from '../../lib/file-slug';
import { downloadText } from '../shared/download';
import { strip } from './MapTool';
import type { CustomerToolProps } from './types';
import { useValidatedSave } from './validated-save';

/**
 * Tool 5, the action plan of one customer: what, who, by when, for whom, which criterion it
 * strengthens, when to follow up, and where it stands. Overdue follow-ups are marked; all open
 * follow-ups go into a calendar file (.ics), one event each, for the learner's own calendar.
 */
const controlClass = 'mt-1 block min-h-11 w-full rounded-md border border-line bg-canvas px-3';

/** Two weeks on: a first follow-up date the learner can change. */
const inTwoWeeks = (day: string) => {
	const date = new Date(`${day}T12:00:00`);
	date.setDate(date.getDate() + 14);
	return date.toISOString().slice(0, 10);
};

export function ActionTool(props: CustomerToolProps & { customerId: string }) {
	const { customer, newId, today, customerId } = props;
	const { save, error, status } = useValidatedSave(props);
	const base = strip(customer);
	const [draft, setDraft] = useState({
		what: '',
		who: '',
		personId: '',
		due: today,
		followUp: inTwoWeeks(today),
		criterion: 'vertrauen' as Criterion,
	});
	const personName = (id?: string) => customer.people.find((p) => p.id === id)?.name;

	const add = (event: FormEvent) => {
		event.preventDefault();
		const action = {
			id: newId(),
			what: draft.what.trim(),
			who: draft.who.trim(),
			...(draft.personId ? { personId: draft.personId } : {}),
			due: draft.due,
			followUp: draft.followUp,
			criterion: draft.criterion,
			status: 'offen' as ActionStatus,
		};
		if (
			save(
				{ ...base, actions: [...base.actions, action] },
				t('workbench.actions.added', { what: action.what }),
			)
		)
			setDraft({ ...draft, what: '' });
	};
	const setStatusOf = (id: string, next: ActionStatus) =>
		save(
			{ ...base, actions: base.actions.map((a) => (a.id === id ? { ...a, status: next } : a)) },
			t('workbench.actions.statusChanged', { status: t(`workbench.status.${next}`) }),
		);

	const exportCalendar = () => {
		const items = customer.actions
			.filter((a) => a.status === 'offen')
			.map((a) => ({
				uid: `${customerId}-${a.id}`,
				date: a.followUp,
				summary: t('workbench.actions.eventSummary', { customer: customer.name, what: a.what }),
				description: t('workbench.actions.eventDescription', {
					who: a.who,
					due: formatDay(a.due),
					person: personName(a.personId) ?? t('workbench.actions.wholeCustomer'),
					criterion: t(`workbench.criterion.${a.criterion}`),
				}),
			}));
		downloadText(
			followUpsToICS(items, new Date()),
			`nachfassen-${fileSlug(customer.name, 'kunde')}.ics`,
			'text/calendar;charset=utf-8',
		);
	};

	return (
		<div className="grid gap-6">
			<form
				className="card no-print grid gap-4 md:grid-cols-2"
				aria-labelledby="massnahme-neu"
				onSubmit={add}
				noValidate
			>
				<h3 id="massnahme-neu" className="font-semibold md:col-span-2">
					{t('workbench.actions.addTitle')}
				</h3>
				<div className="md:col-span-2">
					<label htmlFor="massnahme-was" className="block font-semibold">
						{t('workbench.field.what')}
					</label>
					<input
						id="massnahme-was"
						className={controlClass}
						maxLength={200}
						autoComplete="off"
						value={draft.what}
						onChange={(e) => setDraft({ ...draft, what: e.target.value })}
					/>
				</div>
				<div>
					<label htmlFor="massnahme-wer" className="block font-semibold">
						{t('workbench.field.who')}
					</label>
					<input
						id="massnahme-wer"
						className={controlClass}
						maxLength={80}
						autoComplete="off"
						value={draft.who}
						onChange={(e) => setDraft({ ...draft, who: e.target.value })}
					/>
				</div>
				<div>
					<label htmlFor="massnahme-person" className="block font-semibold">
						{t('workbench.field.personId')}
					</label>
					<select
						id="massnahme-person"
						className={controlClass}
						value={draft.personId}
						onChange={(e) => setDraft({ ...draft, personId: e.target.value })}
					>
						<option value="">{t('workbench.actions.wholeCustomer')}</option>
						{customer.people.map((p) => (
							<option key={p.id} value={p.id}>
								{p.name}
							</option>
						))}
					</select>
				</div>
				<div>
					<label htmlFor="massnahme-bis" className="block font-semibold">
						{t('workbench.field.due')}
					</label>
					<input
						id="massnahme-bis"
						type="date"
						className={controlClass}
						value={draft.due}
						onChange={(e) => setDraft({ ...draft, due: e.target.value })}
					/>
				</div>
				<div>
					<label htmlFor="massnahme-nachfassen" className="block font-semibold">
						{t('workbench.field.followUp')}
					</label>
					<input
						id="massnahme-nachfassen"
						type="date"
						className={controlClass}
						value={draft.followUp}
						onChange={(e) => setDraft({ ...draft, followUp: e.target.value })}
					/>
				</div>
				<div>
					<label htmlFor="massnahme-kriterium" className="block font-semibold">
						{t('workbench.field.criterion')}
					</label>
					<select
						id="massnahme-kriterium"
						className={controlClass}
						value={draft.criterion}
						onChange={(e) => setDraft({ ...draft, criterion: e.target.value as Criterion })}
					>
						{CRITERIA.map((c) => (
							<option key={c} value={c}>
								{t(`workbench.criterion.${c}`)}
							</option>
						))}
					</select>
				</div>
				<div className="md:col-span-2">
					<p role="alert" className="font-semibold">
						{error}
					</p>
					<button type="submit" className="button mt-2">
						{t('workbench.actions.add')}
					</button>
				</div>
			</form>
			<p role="status" className="no-print font-semibold">
				{status}
			</p>

			{customer.actions.length === 0 ? (
				<p>{t('workbench.actions.empty')}</p>
			) : (
				<>
					<div
						className="overflow-x-auto"
						tabIndex={0}
						role="region"
						aria-labelledby="massnahmen-tabelle"
					>
						<table className="w-full border-collapse text-sm">
							<caption id="massnahmen-tabelle" className="text-left font-semibold">
								{t('workbench.actions.tableCaption', { customer: customer.name })}
							</caption>
							<thead>
								<tr>
									{(
										['what', 'who', 'personId', 'criterion', 'due', 'followUp', 'status'] as const
									).map((field) => (
										<th key={field} scope="col" className="border border-line p-2 text-left">
											{t(`workbench.field.${field}`)}
										</th>
									))}
								</tr>
							</thead>
							<tbody>
								{sortActions(customer).map((action) => {
									const overdue = isOverdue(action, today);
									return (
										<tr key={action.id} data-action={action.id} data-overdue={overdue || undefined}>
											<th scope="row" className="border border-line p-2 text-left font-normal">
												{action.what}
											</th>
											<td className="border border-line p-2">{action.who}</td>
											<td className="border border-line p-2">
												{personName(action.personId) ?? t('workbench.actions.wholeCustomer')}
											</td>
											<td className="border border-line p-2">
												{t(`workbench.criterion.${action.criterion}`)}
											</td>
											<td className="border border-line p-2">{formatDay(action.due)}</td>
											<td className="border border-line p-2">
												{formatDay(action.followUp)}
												{overdue && (
													<strong className="block">{t('workbench.actions.overdue')}</strong>
												)}
											</td>
											<td className="border border-line p-2">
												<label className="sr-only" htmlFor={`stand-${action.id}`}>
													{t('workbench.actions.statusOf', { what: action.what })}
												</label>
												<select
													id={`stand-${action.id}`}
													className="min-h-11 rounded-md border border-line bg-canvas px-2"
													value={action.status}
													onChange={(e) => setStatusOf(action.id, e.target.value as ActionStatus)}
												>
													{ACTION_STATUS.map((s) => (
														<option key={s} value={s}>
															{t(`workbench.status.${s}`)}
														</option>
													))}
												</select>
											</td>
										</tr>
									);
								})}
							</tbody>
						</table>
					</div>
					<p className="no-print">
						<button type="button" className="button" onClick={exportCalendar}>
							{t('workbench.actions.exportCalendar')}
						</button>
					</p>
				</>
			)}
		</div>
	);
}

const sortActions = (customer: WorkbenchCustomer) =>
	[...customer.actions].sort(
		(a, b) => a.followUp.localeCompare(b.followUp) || a.what.localeCompare(b.what, 'de'),
	);
