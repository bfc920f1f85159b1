import { useState } from 'react';
import { t } from '../../i18n/client';
import { SCALE_WORD } from './scale-words';
import { placeCustomer, sortByPriority } from '../../lib/workbench/portfolio';
import {
	REVENUE_BANDS,
	type RevenueBand,
	type WorkbenchCustomer,
} from '../../schemas/stored/workbench';
import { PortfolioChart } from './PortfolioChart';
import type { CustomerDraft } from './types';
import { problemWith } from './validated-save';

/**
 * Tool 1, the customer portfolio: the learner lists customers, rates each on profitability and
 * future chances (the diagnosis module's two questions), and sees quadrant, priority and why.
 */
interface Props {
	customers: Record<string, WorkbenchCustomer>;
	save: (id: string, customer: CustomerDraft) => void;
	remove: (id: string) => void;
	select: (id: string) => void;
	newId: () => string;
}

const SCALE = [1, 2, 3, 4, 5] as const;
const controlClass = 'mt-1 block min-h-11 w-full rounded-md border border-line bg-canvas px-3';

export function PortfolioTool({ customers, save, remove, select, newId }: Props) {
	const [name, setName] = useState('');
	const [segment, setSegment] = useState('');
	const [band, setBand] = useState<RevenueBand | ''>('');
	const [profitability, setProfitability] = useState(3);
	const [future, setFuture] = useState(3);
	const [error, setError] = useState('');
	const [status, setStatus] = useState('');

	const sorted = sortByPriority(
		Object.entries(customers).map(([id, customer]) => ({ ...customer, id, customer })),
	).map((entry) => [entry.id, entry.customer] as [string, WorkbenchCustomer]);

	const add = () => {
		const draft: CustomerDraft = {
			...emptyLists(),
			name: name.trim(),
			segment: segment.trim(),
			...(band ? { revenueBand: band } : {}),
			profitability,
			futureChances: future,
		};
		const problem = problemWith(draft);
		if (problem) {
			setError(problem);
			return;
		}
		setError('');
		const id = newId();
		save(id, draft);
		select(id);
		setName('');
		setSegment('');
		setStatus(t('workbench.portfolio.added', { name: draft.name }));
	};

	const move = (id: string, ratings: { profitability: number; futureChances: number }) => {
		const customer = customers[id];
		if (!customer) return;
		if (
			customer.profitability === ratings.profitability &&
			customer.futureChances === ratings.futureChances
		)
			return;
		const { updatedAt: _updated, ...rest } = customer;
		save(id, { ...rest, ...ratings });
		const placement = placeCustomer(ratings);
		setStatus(
			t('workbench.portfolio.moved', {
				name: customer.name,
				profitability: ratings.profitability,
				future: ratings.futureChances,
				quadrant: t(`workbench.quadrant.${placement.quadrant}`),
			}),
		);
	};

	return (
		<div className="grid gap-6">
			<form
				className="card no-print grid gap-4 md:grid-cols-2"
				aria-labelledby="kunde-neu"
				noValidate
				onSubmit={(event) => {
					event.preventDefault();
					add();
				}}
			>
				<h3 id="kunde-neu" className="font-semibold md:col-span-2">
					{t('workbench.portfolio.addTitle')}
				</h3>
				<div>
					<label htmlFor="kunde-name" className="block font-semibold">
						{t('workbench.field.name')}
					</label>
					<input
						id="kunde-name"
						className={controlClass}
						value={name}
						maxLength={80}
						autoComplete="off"
						aria-describedby="kunde-name-hinweis kunde-fehler"
						aria-invalid={error ? true : undefined}
						onChange={(event) => setName(event.target.value)}
					/>
					<p id="kunde-name-hinweis" className="mt-1 text-sm">
						{t('workbench.portfolio.nameHint')}
					</p>
				</div>
				<div>
					<label htmlFor="kunde-segment" className="block font-semibold">
						{t('workbench.field.segment')}
					</label>
					<input
						id="kunde-segment"
						className={controlClass}
						value={segment}
						maxLength={60}
						autoComplete="off"
						onChange={(event) => setSegment(event.target.value)}
					/>
				</div>
				<div>
					<label htmlFor="kunde-umsatz" className="block font-semibold">
						{t('workbench.field.revenueBand')}
					</label>
					<select
						id="kunde-umsatz"
						className={controlClass}
						value={band}
						onChange={(event) => setBand(event.target.value as RevenueBand | '')}
					>
						<option value="">{t('workbench.band.none')}</option>
						{REVENUE_BANDS.map((b) => (
							<option key={b} value={b}>
								{t(`workbench.band.${b}`)}
							</option>
						))}
					</select>
				</div>
				<RatingSelect
					id="kunde-rentabilitaet"
					label={t('workbench.field.profitability')}
					hint={t('workbench.portfolio.profitabilityHint')}
					value={profitability}
					onChange={setProfitability}
				/>
				<RatingSelect
					id="kunde-zukunft"
					label={t('workbench.field.futureChances')}
					hint={t('workbench.portfolio.futureHint')}
					value={future}
					onChange={setFuture}
				/>
				<div className="md:col-span-2">
					<p id="kunde-fehler" className="font-semibold" role="alert">
						{error}
					</p>
					<button type="submit" className="button mt-2">
						{t('workbench.portfolio.add')}
					</button>
				</div>
			</form>

			<p role="status" className="no-print font-semibold">
				{status}
			</p>

			{sorted.length > 0 && (
				<div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
					<div>
						<PortfolioChart customers={sorted} move={move} />
						<p className="no-print mt-2 text-sm">{t('workbench.portfolio.chartHint')}</p>
					</div>
					<div
						className="overflow-x-auto"
						tabIndex={0}
						role="region"
						aria-labelledby="portfolio-tabelle"
					>
						<table className="w-full border-collapse text-sm">
							<caption id="portfolio-tabelle" className="text-left font-semibold">
								{t('workbench.portfolio.tableCaption')}
							</caption>
							<thead>
								<tr>
									<th scope="col" className="border border-line p-2 text-left">
										{t('workbench.portfolio.columnPriority')}
									</th>
									<th scope="col" className="border border-line p-2 text-left">
										{t('workbench.field.name')}
									</th>
									<th scope="col" className="border border-line p-2 text-left">
										{t('workbench.portfolio.columnRatings')}
									</th>
									<th scope="col" className="border border-line p-2 text-left">
										{t('workbench.portfolio.columnWhy')}
									</th>
									<th scope="col" className="no-print border border-line p-2 text-left">
										<span className="sr-only">{t('workbench.actions')}</span>
									</th>
								</tr>
							</thead>
							<tbody>
								{sorted.map(([id, customer]) => {
									const placement = placeCustomer(customer);
									return (
										<tr key={id} data-portfolio-row={id}>
											<td className="border border-line p-2">
												{placement.priority} – {t(`workbench.quadrant.${placement.quadrant}`)}
											</td>
											<th scope="row" className="border border-line p-2 text-left font-semibold">
												{customer.name}
												{customer.example && (
													<span className="block text-xs font-normal">
														{t('workbench.exampleTag')}
													</span>
												)}
												{customer.segment && (
													<span className="block font-normal text-muted">{customer.segment}</span>
												)}
											</th>
											<td className="border border-line p-2">
												{t('workbench.portfolio.ratings', {
													profitability: customer.profitability,
													future: customer.futureChances,
												})}
											</td>
											<td className="border border-line p-2">
												{t(`workbench.why.${placement.quadrant}`)}
												{placement.borderline && (
													<span className="mt-1 block">{t('workbench.portfolio.borderline')}</span>
												)}
											</td>
											<td className="no-print border border-line p-2">
												<button
													type="button"
													className="min-h-11 rounded-md border border-line px-3"
													onClick={() => select(id)}
												>
													{t('workbench.portfolio.open', { name: customer.name })}
												</button>
												<button
													type="button"
													className="mt-1 min-h-11 rounded-md border border-line px-3"
													onClick={() => {
														remove(id);
														setStatus(t('workbench.portfolio.removed', { name: customer.name }));
													}}
												>
													{t('workbench.portfolio.remove', { name: customer.name })}
												</button>
											</td>
										</tr>
									);
								})}
							</tbody>
						</table>
					</div>
				</div>
			)}
		</div>
	);
}

/** A new customer's empty lists, fresh for each (no two customers share one). */
const emptyLists = (): Pick<
	CustomerDraft,
	'people' | 'committees' | 'ourContacts' | 'links' | 'ratings' | 'actions'
> => ({ people: [], committees: [], ourContacts: [], links: [], ratings: [], actions: [] });

function RatingSelect({
	id,
	label,
	hint,
	value,
	onChange,
}: {
	id: string;
	label: string;
	hint: string;
	value: number;
	onChange: (value: number) => void;
}) {
	return (
		<div>
			<label htmlFor={id} className="block font-semibold">
				{label}
			</label>
			<select
				id={id}
				className={controlClass}
				value={value}
				aria-describedby={`${id}-hinweis`}
				onChange={(event) => onChange(Number(event.target.value))}
			>
				{SCALE.map((n) => (
					<option key={n} value={n}>
						{t(`workbench.scale.${SCALE_WORD[n]}`)}
					</option>
				))}
			</select>
			<p id={`${id}-hinweis`} className="mt-1 text-sm">
				{hint}
			</p>
		</div>
	);
}
