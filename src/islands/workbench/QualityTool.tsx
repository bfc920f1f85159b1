import { useId, useState, type FormEvent } from 'react';
import { t } from '../../i18n/client';
import { SCALE_WORD } from './scale-words';
import { compareRatings, ratingDates, ratingsFor } from '../../lib/workbench/quality';
import {
	CRITERIA,
	WORKBENCH_LIMITS,
	type Criterion,
	type CriterionValues,
	type QualityRating,
	type WorkbenchCustomer,
	type WorkbenchPerson,
} from '../../schemas/stored/workbench';
import { RadarChart } from '../assessment/RadarChart';
import type { CustomerToolProps } from './types';

/**
 * Tool 3, relationship quality: the learner rates one of the customer's people on the six criteria
 * (the self-assessment's 1–5 scale), once per person and day, and sees the latest rating as a radar
 * chart, or two days against each other, with the same values and the change in a table.
 */

const SCALE = [1, 2, 3, 4, 5] as const;
const controlClass = 'mt-1 block min-h-11 w-full rounded-md border border-line bg-canvas px-3';

const criterionLabel = (criterion: Criterion) => t(`workbench.criterion.${criterion}`);

/** A calendar day the schema accepts: YYYY-MM-DD that exists. */
function isDay(text: string): boolean {
	if (!/^\d{4}-\d\d-\d\d$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** "2025-03-07" → "07.03.2025", independent of the learner's time zone. */
const formatDay = (day: string) =>
	new Date(`${day}T00:00:00Z`).toLocaleDateString('de-DE', {
		timeZone: 'UTC',
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
	});

/** The person's rating on a day (the later one, should an imported file hold two). */
const ratingOn = (customer: WorkbenchCustomer, personId: string, day: string) =>
	ratingsFor(customer, personId)
		.filter((rating) => rating.date === day)
		.at(-1);

const personLabel = (person: WorkbenchPerson) =>
	person.function
		? t('workbench.quality.personOption', { name: person.name, function: person.function })
		: person.name;

const signed = (value: number) =>
	value > 0
		? t('workbench.delta.up', { value })
		: value < 0
			? t('workbench.delta.down', { value: Math.abs(value) })
			: t('workbench.delta.none');

export function QualityTool({ customerId, customer, save, newId, today }: CustomerToolProps) {
	const id = useId();
	const [forCustomer, setForCustomer] = useState(customerId);
	const [personId, setPersonId] = useState(customer.people[0]?.id ?? '');
	const [dateText, setDateText] = useState(today);
	const [values, setValues] = useState<Partial<CriterionValues>>(
		() => (customer.people[0] && ratingOn(customer, customer.people[0].id, today)?.values) || {},
	);
	const [compareFrom, setCompareFrom] = useState<string>();
	const [compareTo, setCompareTo] = useState<string>();
	const [status, setStatus] = useState('');
	const [error, setError] = useState('');

	// Another customer chosen: start afresh with its first person.
	if (forCustomer !== customerId) {
		setForCustomer(customerId);
		setPersonId(customer.people[0]?.id ?? '');
		setValues({});
		setCompareFrom(undefined);
		setCompareTo(undefined);
		setStatus('');
		setError('');
	}

	if (customer.people.length === 0)
		return (
			<div className="card">
				<p>{t('workbench.quality.noPeople')}</p>
			</div>
		);

	// A person removed elsewhere falls back to the first one.
	const person = customer.people.find((p) => p.id === personId) ?? customer.people[0]!;
	const dateValid = isDay(dateText);
	const existing = dateValid ? ratingOn(customer, person.id, dateText) : undefined;

	const choosePerson = (next: string) => {
		setPersonId(next);
		setValues((dateValid && ratingOn(customer, next, dateText)?.values) || {});
		setCompareFrom(undefined);
		setCompareTo(undefined);
		setStatus('');
		setError('');
	};

	const chooseDate = (next: string) => {
		setDateText(next);
		setStatus('');
		// A day already rated shows that rating; otherwise the entries so far stay, to be saved anew.
		const rated = isDay(next) ? ratingOn(customer, person.id, next) : undefined;
		if (rated) setValues(rated.values);
	};

	const submit = (event: FormEvent) => {
		event.preventDefault();
		setStatus('');
		if (!dateValid) {
			setError(t('workbench.quality.dateInvalid'));
			return;
		}
		const missing = CRITERIA.filter((criterion) => values[criterion] === undefined);
		if (missing.length > 0) {
			setError(
				t('workbench.quality.missing', { criteria: missing.map(criterionLabel).join(', ') }),
			);
			return;
		}
		// One rating per person and day: saving again on the same day replaces it.
		const others = customer.ratings.filter(
			(rating) => !(rating.personId === person.id && rating.date === dateText),
		);
		if (others.length >= WORKBENCH_LIMITS.ratings) {
			setError(t('workbench.quality.full', { max: WORKBENCH_LIMITS.ratings }));
			return;
		}
		const rating: QualityRating = {
			id: newId(),
			personId: person.id,
			date: dateText,
			values: Object.fromEntries(
				CRITERIA.map((criterion) => [criterion, values[criterion]!]),
			) as CriterionValues,
		};
		const { updatedAt: _updatedAt, ...draft } = customer;
		save({ ...draft, ratings: [...others, rating] });
		setError('');
		setCompareFrom(undefined);
		setCompareTo(undefined);
		setStatus(
			t(
				others.length < customer.ratings.length
					? 'workbench.quality.replaced'
					: 'workbench.quality.saved',
				{ name: person.name, date: formatDay(dateText) },
			),
		);
	};

	const dates = ratingDates(customer, person.id);
	const from = compareFrom && dates.includes(compareFrom) ? compareFrom : dates.at(-2);
	const to = compareTo && dates.includes(compareTo) ? compareTo : dates.at(-1);
	const ratingFrom = from ? ratingOn(customer, person.id, from) : undefined;
	const ratingTo = to ? ratingOn(customer, person.id, to) : undefined;
	const comparing = dates.length >= 2 && ratingFrom !== undefined && ratingTo !== undefined;
	const axes = CRITERIA.map((criterion) => ({ id: criterion, label: criterionLabel(criterion) }));

	return (
		<div className="grid gap-8">
			<form className="grid gap-6" onSubmit={submit} noValidate>
				<h3 className="font-serif text-xl">{t('workbench.quality.formTitle')}</h3>
				<p>{t('workbench.quality.intro')}</p>
				<div className="card grid gap-6 md:grid-cols-2">
					<div>
						<label htmlFor={`${id}-person`} className="block font-semibold">
							{t('workbench.quality.person')}
						</label>
						<select
							id={`${id}-person`}
							className={controlClass}
							value={person.id}
							onChange={(event) => choosePerson(event.target.value)}
						>
							{customer.people.map((p) => (
								<option key={p.id} value={p.id}>
									{personLabel(p)}
								</option>
							))}
						</select>
					</div>
					<div>
						<label htmlFor={`${id}-date`} className="block font-semibold">
							{t('workbench.quality.date')}
						</label>
						<input
							id={`${id}-date`}
							type="date"
							className={controlClass}
							value={dateText}
							aria-invalid={dateValid ? undefined : true}
							aria-describedby={`${id}-date-hint`}
							onChange={(event) => chooseDate(event.target.value)}
						/>
						<p id={`${id}-date-hint`} className="mt-1 text-sm text-muted">
							{!dateValid
								? t('workbench.quality.dateInvalid')
								: existing
									? t('workbench.quality.dateExisting')
									: t('workbench.quality.dateHint')}
						</p>
					</div>
				</div>

				<div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
					{CRITERIA.map((criterion) => (
						<fieldset key={criterion} className="card">
							<legend className="font-semibold">{criterionLabel(criterion)}</legend>
							<ul className="mt-2 grid gap-1">
								{SCALE.map((value) => (
									<li key={value}>
										<label className="flex min-h-11 items-center gap-3">
											<input
												type="radio"
												className="h-5 w-5"
												name={`${id}-${criterion}`}
												value={value}
												checked={values[criterion] === value}
												onChange={() => {
													setValues((current) => ({ ...current, [criterion]: value }));
													setStatus('');
												}}
											/>
											{t('workbench.quality.scaleOption', {
												value,
												label: t(`workbench.quality.scale.${SCALE_WORD[value]}`),
											})}
										</label>
									</li>
								))}
							</ul>
						</fieldset>
					))}
				</div>

				<div>
					<button type="submit" className="button">
						{t('workbench.quality.save')}
					</button>
					<p role="status" className="mt-2 font-semibold">
						{status}
					</p>
					{error && (
						<p role="alert" className="mt-2 font-semibold">
							{error}
						</p>
					)}
				</div>
			</form>

			<section aria-labelledby={`${id}-history`}>
				<h3 id={`${id}-history`} className="font-serif text-xl">
					{t('workbench.quality.historyTitle', { name: person.name })}
				</h3>
				{dates.length === 0 || ratingTo === undefined ? (
					<p className="mt-2">{t('workbench.quality.noRatings', { name: person.name })}</p>
				) : (
					<div className="mt-3 grid gap-4">
						{comparing && (
							<div className="grid gap-4 sm:grid-cols-2">
								<DateSelect
									id={`${id}-from`}
									label={t('workbench.quality.compareFrom')}
									dates={dates}
									value={from!}
									onChange={setCompareFrom}
								/>
								<DateSelect
									id={`${id}-to`}
									label={t('workbench.quality.compareTo')}
									dates={dates}
									value={to!}
									onChange={setCompareTo}
								/>
							</div>
						)}
						{comparing && from === to && <p>{t('workbench.quality.sameDate')}</p>}
						{comparing && from !== to ? (
							<ComparisonView
								name={person.name}
								axes={axes}
								a={{ date: from!, rating: ratingFrom! }}
								b={{ date: to!, rating: ratingTo }}
							/>
						) : (
							<SingleView name={person.name} axes={axes} date={to!} rating={ratingTo} />
						)}
					</div>
				)}
			</section>
		</div>
	);
}

function DateSelect(props: {
	id: string;
	label: string;
	dates: string[];
	value: string;
	onChange: (day: string) => void;
}) {
	return (
		<div>
			<label htmlFor={props.id} className="block font-semibold">
				{props.label}
			</label>
			<select
				id={props.id}
				className={controlClass}
				value={props.value}
				onChange={(event) => props.onChange(event.target.value)}
			>
				{props.dates.map((day) => (
					<option key={day} value={day}>
						{formatDay(day)}
					</option>
				))}
			</select>
		</div>
	);
}

type Axes = { id: string; label: string }[];
const cell = 'border border-line p-2';

function SingleView({
	name,
	axes,
	date,
	rating,
}: {
	name: string;
	axes: Axes;
	date: string;
	rating: QualityRating;
}) {
	return (
		<div className="grid items-start gap-6">
			<RadarChart
				axes={axes}
				min={1}
				max={5}
				series={[{ label: date, values: rating.values }]}
				title={t('workbench.quality.chartTitle', { name })}
				description={t('workbench.quality.chartDescription', { date: formatDay(date) })}
			/>
			<table className="w-full border-collapse text-sm">
				<caption className="sr-only">{t('workbench.quality.tableCaption', { name })}</caption>
				<thead>
					<tr>
						<th scope="col" className={`${cell} text-left`}>
							{t('workbench.quality.criterion')}
						</th>
						<th scope="col" className={`${cell} text-left`}>
							{formatDay(date)}
						</th>
					</tr>
				</thead>
				<tbody>
					{CRITERIA.map((criterion) => (
						<tr key={criterion}>
							<th scope="row" className={`${cell} text-left font-normal`}>
								{criterionLabel(criterion)}
							</th>
							<td className={cell}>{rating.values[criterion]}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}

function ComparisonView({
	name,
	axes,
	a,
	b,
}: {
	name: string;
	axes: Axes;
	/** "Vergleich von": the table's change is b − a. */
	a: { date: string; rating: QualityRating };
	b: { date: string; rating: QualityRating };
}) {
	const [earlier, later] = a.date < b.date ? [a, b] : [b, a];
	const changes = compareRatings(a.rating, b.rating);
	return (
		<div className="grid items-start gap-6">
			<div>
				<RadarChart
					axes={axes}
					min={1}
					max={5}
					series={[
						{ label: earlier.date, values: earlier.rating.values, dashed: true },
						{ label: later.date, values: later.rating.values },
					]}
					title={t('workbench.quality.chartTitle', { name })}
					description={t('workbench.quality.chartDescriptionCompare', {
						earlier: formatDay(earlier.date),
						later: formatDay(later.date),
					})}
				/>
				<ul className="mt-2 grid gap-1 text-sm">
					<li className="flex items-center gap-2">
						<svg width="32" height="10" aria-hidden="true" focusable="false">
							<line x1="0" y1="5" x2="32" y2="5" stroke="var(--accent)" strokeWidth="2.5" />
						</svg>
						{t('workbench.quality.legendSolid', { date: formatDay(later.date) })}
					</li>
					<li className="flex items-center gap-2">
						<svg width="32" height="10" aria-hidden="true" focusable="false">
							<line
								x1="0"
								y1="5"
								x2="32"
								y2="5"
								stroke="var(--muted)"
								strokeWidth="2.5"
								strokeDasharray="6 4"
							/>
						</svg>
						{t('workbench.quality.legendDashed', { date: formatDay(earlier.date) })}
					</li>
				</ul>
			</div>
			<table className="w-full border-collapse text-sm">
				<caption className="sr-only">{t('workbench.quality.tableCaption', { name })}</caption>
				<thead>
					<tr>
						<th scope="col" className={`${cell} text-left`}>
							{t('workbench.quality.criterion')}
						</th>
						<th scope="col" className={`${cell} text-left`}>
							{formatDay(a.date)}
						</th>
						<th scope="col" className={`${cell} text-left`}>
							{formatDay(b.date)}
						</th>
						<th scope="col" className={`${cell} text-left`}>
							{t('workbench.quality.change')}
						</th>
					</tr>
				</thead>
				<tbody>
					{changes.map((change) => (
						<tr key={change.criterion}>
							<th scope="row" className={`${cell} text-left font-normal`}>
								{criterionLabel(change.criterion)}
							</th>
							<td className={cell}>{change.before}</td>
							<td className={cell}>{change.after}</td>
							<td className={cell}>{signed(change.change)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
