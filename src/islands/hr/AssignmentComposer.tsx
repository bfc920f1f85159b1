import { useRef, useState, type ReactNode } from 'react';
import { t } from '../../i18n/client';
import type { Message } from '../../i18n/message';
import { assigneesToLines, parseAssigneeCsv } from '../../lib/assignments/assignees';
import {
	composeAssignments,
	type AssignmentDraft,
	type DraftErrors,
	type DraftField,
} from '../../lib/assignments/compose';
import { newAssignmentId } from '../../lib/assignments/link';
import { localDay } from '../../lib/assignments/progress';
import { ASSIGNMENT_LIMITS, type Assignment } from '../../schemas/stored/assignment';
import { LinkResults } from './LinkResults';
import type { HrData } from './types';

const FIELD_IDS: Record<DraftField, string> = {
	items: 'auswahl',
	due: 'faellig',
	issuedBy: 'absender',
	message: 'nachricht',
	people: 'personen',
};
const inputClass = 'mt-1 block min-h-11 w-full rounded-md border border-line bg-canvas px-3';

function FieldError({ field, errors }: { field: DraftField; errors: DraftErrors }) {
	const message = errors[field];
	return message ? (
		<p id={`${FIELD_IDS[field]}-fehler`} className="mt-1 text-sm font-semibold">
			{t(message.key, message.values)}
		</p>
	) : null;
}

/** Props for an input with a hint and maybe an error: described by both, marked invalid on error. */
const describe = (field: DraftField, errors: DraftErrors, hint?: string) => ({
	'aria-invalid': errors[field] ? true : undefined,
	'aria-describedby':
		[hint, errors[field] ? `${FIELD_IDS[field]}-fehler` : undefined].filter(Boolean).join(' ') ||
		undefined,
});

/**
 * HR composes an assignment: paths and/or modules, a due date, the sender, a message, the people
 * (typed, pasted or from a CSV file). Errors are named next to their field and in a summary that
 * takes focus; a valid form yields one link per person (LinkResults).
 */
export function AssignmentComposer({ data }: { data: HrData }) {
	const today = localDay();
	const [draft, setDraft] = useState<AssignmentDraft>({
		pathIds: [],
		moduleIds: [],
		due: '',
		issuedBy: '',
		message: '',
		people: '',
	});
	const [errors, setErrors] = useState<DraftErrors>({});
	const [peopleProblems, setPeopleProblems] = useState<Message[]>([]);
	const [result, setResult] = useState<{ assignments: Assignment[]; what: string } | null>(null);
	const [fileNotice, setFileNotice] = useState('');
	const summary = useRef<HTMLDivElement>(null);
	const set = (change: Partial<AssignmentDraft>) =>
		setDraft((current) => ({ ...current, ...change }));
	const toggle = (list: 'pathIds' | 'moduleIds', id: string, on: boolean) =>
		setDraft((current) => ({
			...current,
			[list]: on ? [...current[list], id] : current[list].filter((x) => x !== id),
		}));

	const readCsv = async (file: File | undefined) => {
		if (!file) return;
		if (file.size > 1024 * 1024) {
			setFileNotice(t('hr.csvTooLarge'));
			return;
		}
		const { assignees, problems } = parseAssigneeCsv(await file.text());
		const lines = assigneesToLines(assignees);
		set({ people: draft.people.trim() ? `${draft.people.trim()}\n${lines}` : lines });
		setPeopleProblems(problems);
		setFileNotice(t('hr.csvRead', { count: assignees.length, problems: problems.length }));
	};

	const submit = () => {
		const composed = composeAssignments(draft, today, newAssignmentId());
		if (!composed.ok) {
			setErrors(composed.errors);
			setPeopleProblems(composed.peopleProblems);
			setResult(null);
			requestAnimationFrame(() => summary.current?.focus());
			return;
		}
		setErrors({});
		setPeopleProblems([]);
		const titles = [
			...draft.pathIds.map((id) => data.paths.find((p) => p.id === id)?.title),
			...draft.moduleIds.map((id) => data.modules.find((m) => m.id === id)?.title),
		];
		setResult({ assignments: composed.assignments, what: titles.filter(Boolean).join(', ') });
	};

	const errorEntries = Object.entries(errors) as [DraftField, Message][];
	const checkbox = (list: 'pathIds' | 'moduleIds', id: string, label: ReactNode) => (
		<li key={id}>
			<label className="flex min-h-11 items-start gap-2 py-1">
				<input
					type="checkbox"
					className="mt-1 size-5 shrink-0"
					checked={draft[list].includes(id)}
					onChange={(event) => toggle(list, id, event.target.checked)}
				/>
				<span>{label}</span>
			</label>
		</li>
	);

	return (
		<div>
			<form
				noValidate
				onSubmit={(event) => {
					event.preventDefault();
					submit();
				}}
				className="max-w-3xl"
			>
				{errorEntries.length > 0 && (
					<div
						ref={summary}
						tabIndex={-1}
						role="alert"
						aria-labelledby="fehler-titel"
						className="card mb-6 border-l-4 border-l-focus"
					>
						<h2 id="fehler-titel" className="font-semibold">
							{t('hr.errorSummary', { count: errorEntries.length })}
						</h2>
						<ul className="mt-2 list-disc pl-6">
							{errorEntries.map(([field, message]) => (
								<li key={field}>
									<a href={`#${FIELD_IDS[field]}`}>{t(message.key, message.values)}</a>
								</li>
							))}
						</ul>
					</div>
				)}

				<fieldset
					id={FIELD_IDS.items}
					tabIndex={-1}
					className="card"
					aria-describedby={errors.items ? `${FIELD_IDS.items}-fehler` : undefined}
				>
					<legend className="px-1 text-lg font-semibold">{t('hr.whatLegend')}</legend>
					<div className="grid gap-6 md:grid-cols-2">
						<fieldset>
							<legend className="font-semibold">{t('hr.pathsLegend')}</legend>
							<ul className="mt-1">
								{data.paths.map((path) =>
									checkbox(
										'pathIds',
										path.id,
										t('hr.pathOption', {
											title: path.title,
											count: path.moduleIds.length,
											minutes: path.duration,
										}),
									),
								)}
							</ul>
						</fieldset>
						<fieldset>
							<legend className="font-semibold">{t('hr.modulesLegend')}</legend>
							<ul className="mt-1">
								{data.modules.map((module) =>
									checkbox(
										'moduleIds',
										module.id,
										t('hr.moduleOption', { title: module.title, minutes: module.duration }),
									),
								)}
							</ul>
						</fieldset>
					</div>
					<FieldError field="items" errors={errors} />
				</fieldset>

				<div className="mt-6 grid gap-6 md:grid-cols-2">
					<div>
						<label htmlFor={FIELD_IDS.due} className="block font-semibold">
							{t('hr.dueLabel')}
						</label>
						<input
							id={FIELD_IDS.due}
							type="date"
							min={today}
							value={draft.due}
							onChange={(event) => set({ due: event.target.value })}
							className={inputClass}
							{...describe('due', errors)}
						/>
						<FieldError field="due" errors={errors} />
					</div>
					<div>
						<label htmlFor={FIELD_IDS.issuedBy} className="block font-semibold">
							{t('hr.issuerLabel')}
						</label>
						<input
							id={FIELD_IDS.issuedBy}
							autoComplete="organization"
							maxLength={ASSIGNMENT_LIMITS.issuer}
							value={draft.issuedBy}
							onChange={(event) => set({ issuedBy: event.target.value })}
							className={inputClass}
							{...describe('issuedBy', errors)}
						/>
						<FieldError field="issuedBy" errors={errors} />
					</div>
				</div>

				<div className="mt-6">
					<label htmlFor={FIELD_IDS.message} className="block font-semibold">
						{t('hr.messageLabel')}
					</label>
					<textarea
						id={FIELD_IDS.message}
						rows={4}
						maxLength={ASSIGNMENT_LIMITS.message}
						value={draft.message}
						onChange={(event) => set({ message: event.target.value })}
						className={`${inputClass} py-2`}
						{...describe('message', errors, 'nachricht-hinweis')}
					/>
					<p id="nachricht-hinweis" className="mt-1 text-sm text-muted">
						{t('hr.messageHint', {
							max: ASSIGNMENT_LIMITS.message,
							left: ASSIGNMENT_LIMITS.message - draft.message.length,
						})}
					</p>
					<FieldError field="message" errors={errors} />
				</div>

				<div className="mt-6">
					<label htmlFor={FIELD_IDS.people} className="block font-semibold">
						{t('hr.peopleLabel')}
					</label>
					<textarea
						id={FIELD_IDS.people}
						rows={6}
						value={draft.people}
						onChange={(event) => set({ people: event.target.value })}
						className={`${inputClass} py-2 font-mono text-sm`}
						{...describe('people', errors, 'personen-hinweis')}
					/>
					<p id="personen-hinweis" className="mt-1 text-sm text-muted">
						{t('hr.peopleHint')}
					</p>
					<FieldError field="people" errors={errors} />
					{peopleProblems.length > 0 && (
						<ul className="mt-1 list-disc pl-6 text-sm" aria-label={t('hr.peopleProblems')}>
							{peopleProblems.slice(0, 50).map((problem, i) => (
								<li key={i}>{t(problem.key, problem.values)}</li>
							))}
						</ul>
					)}
					<label htmlFor="personen-csv" className="mt-4 block font-semibold">
						{t('hr.csvLabel')}
					</label>
					<input
						id="personen-csv"
						type="file"
						accept=".csv,text/csv,text/plain"
						aria-describedby="personen-csv-hinweis"
						className="mt-1 block min-h-11"
						onChange={(event) => {
							void readCsv(event.target.files?.[0]);
							event.target.value = '';
						}}
					/>
					<p id="personen-csv-hinweis" className="mt-1 text-sm text-muted">
						{t('hr.csvHint')}
					</p>
					<p role="status" className="mt-1 text-sm">
						{fileNotice}
					</p>
				</div>

				<p className="mt-6">
					<button type="submit" className="button">
						{t('hr.create')}
					</button>
				</p>
			</form>

			{result && (
				<LinkResults
					assignments={result.assignments}
					acceptUrl={new URL(data.links.accept, location.href).href}
					what={result.what}
				/>
			)}
		</div>
	);
}
