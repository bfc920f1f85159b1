import { useEffect, useState, type ReactNode } from 'react';
import * as v from 'valibot';
import { WorkbenchCustomerSchema } from '../../schemas/stored/workbench';
import { getProgressStore, newRecordId } from '../../client/progress/store';
import { formatDay } from '../../i18n/dates';
import { t } from '../../i18n/client';
import { localDay } from '../../lib/assignments/progress';
import { openFollowUps } from '../../lib/workbench/action-plan';
import { workedExample } from '../../lib/workbench/example';
import type { ProgressState } from '../../schemas/stored/progress-state';
import { ActionTool } from './ActionTool';
import { MapTool, strip } from './MapTool';
import { PortfolioTool } from './PortfolioTool';
import { QualityTool } from './QualityTool';
import { SelfVsBehaviourTool } from './SelfVsBehaviourTool';
import { StrategyTool } from './StrategyTool';
import type { CustomerDraft, ToolId, WorkbenchData } from './types';

/**
 * The relationship workbench (/werkstatt/): the diagnosis and strategy modules as tools for the
 * learner's own customers. Everything is kept in the progress store, in this browser only; the
 * tools are sections of one page, each printable alone as a worksheet.
 */
const EXAMPLE_ID = 'beispiel-klinikum';

export function Workbench({ data }: { data: WorkbenchData }) {
	const store = getProgressStore();
	const [state, setState] = useState<ProgressState>(store.getState());
	useEffect(() => store.subscribe(setState), [store]);
	// The store validates them in full once registered (mount.tsx); this guards a store opened earlier.
	const customers = Object.fromEntries(
		Object.entries(state.workbenchCustomers).filter(([, c]) => v.is(WorkbenchCustomerSchema, c)),
	);
	const ids = Object.keys(customers);
	const [selected, setSelected] = useState<string>(ids[0] ?? '');
	const current = customers[selected] ? selected : (ids[0] ?? '');
	const customer = customers[current];
	const today = localDay();
	const [notice, setNotice] = useState('');
	const [confirmReset, setConfirmReset] = useState(false);

	const saveCustomer = (id: string, draft: CustomerDraft) => {
		const outcome = store.saveWorkbenchCustomer(id, draft);
		if (!outcome.saved) setNotice(t('workbench.notSaved'));
	};
	const hasExample = customers[EXAMPLE_ID] !== undefined;

	const toolProps = customer && {
		customerId: current,
		customer,
		save: (draft: CustomerDraft) => saveCustomer(current, draft),
		newId: newRecordId,
		today,
	};

	const section = (id: ToolId, children: ReactNode, needsCustomer = false) => (
		<section
			key={id}
			id={`werkzeug-${id}`}
			className="workbench-tool mt-12"
			aria-labelledby={`werkzeug-${id}-titel`}
			data-tool={id}
		>
			<h2 id={`werkzeug-${id}-titel`} className="font-serif text-2xl">
				{t(`workbench.tool.${id}`)}
				{needsCustomer && customer && <span className="block text-lg">{customer.name}</span>}
			</h2>
			<p className="mt-2 max-w-[44em]">{t(`workbench.toolLead.${id}`)}</p>
			<p className="no-print mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
				{data.links.modules[id] && (
					<a href={data.links.modules[id]!.href}>
						{t('workbench.readModule', { title: data.links.modules[id]!.title })}
					</a>
				)}
				{data.links.blank[id] && <a href={data.links.blank[id]}>{t('workbench.blankSheet')}</a>}
				<button
					type="button"
					className="underline"
					onClick={() => {
						document.body.dataset.printTool = id;
						window.print();
					}}
				>
					{t('workbench.printSheet')}
				</button>
			</p>
			<div className="mt-4">
				{needsCustomer && !customer ? <p>{t('workbench.noCustomer')}</p> : children}
			</div>
		</section>
	);

	useEffect(() => {
		// After printing one worksheet the page prints whole again.
		const clear = () => delete document.body.dataset.printTool;
		window.addEventListener('afterprint', clear);
		return () => window.removeEventListener('afterprint', clear);
	}, []);

	const followUps = openFollowUps(customers, today);

	return (
		<div className="workbench">
			<aside
				className="card no-print max-w-[44em] border-l-4 border-l-focus"
				aria-labelledby="werkstatt-daten"
			>
				<h2 id="werkstatt-daten" className="font-semibold">
					{t('workbench.privacyTitle')}
				</h2>
				<p className="mt-1">{t('workbench.privacy')}</p>
				<div className="mt-3 flex flex-wrap gap-3">
					{hasExample ? (
						<button
							type="button"
							className="min-h-11 rounded-md border border-line px-4"
							onClick={() => {
								store.removeFromWorkbench([EXAMPLE_ID]);
								setNotice(t('workbench.exampleRemoved'));
							}}
						>
							{t('workbench.exampleRemove')}
						</button>
					) : (
						<button
							type="button"
							className="button"
							onClick={() => {
								saveCustomer(EXAMPLE_ID, strip(workedExample(new Date().toISOString())));
								setSelected(EXAMPLE_ID);
								setNotice(t('workbench.exampleLoaded'));
							}}
						>
							{t('workbench.exampleLoad')}
						</button>
					)}
					{!confirmReset ? (
						<button
							type="button"
							className="min-h-11 rounded-md border border-line px-4"
							disabled={ids.length === 0 && !state.workbenchProfiles.strategie}
							onClick={() => setConfirmReset(true)}
						>
							{t('workbench.reset')}
						</button>
					) : (
						<span
							role="group"
							aria-label={t('workbench.resetConfirmLabel')}
							className="flex flex-wrap items-center gap-3"
						>
							<span>{t('workbench.resetConfirm')}</span>
							<button
								type="button"
								className="button"
								autoFocus
								onClick={() => {
									store.removeFromWorkbench('all');
									setConfirmReset(false);
									setNotice(t('workbench.resetDone'));
								}}
							>
								{t('workbench.resetYes')}
							</button>
							<button
								type="button"
								className="min-h-11 rounded-md border border-line px-4"
								onClick={() => setConfirmReset(false)}
							>
								{t('workbench.resetNo')}
							</button>
						</span>
					)}
				</div>
				<p role="status" className="mt-2 font-semibold">
					{notice}
				</p>
			</aside>

			{followUps.length > 0 && (
				<section className="card mt-8" aria-labelledby="werkstatt-nachfassen">
					<h2 id="werkstatt-nachfassen" className="font-serif text-xl">
						{t('workbench.followUpsTitle')}
					</h2>
					<ul className="mt-2 grid gap-1">
						{followUps.slice(0, 8).map((item) => (
							<li key={`${item.customerId}-${item.action.id}`}>
								{formatDay(item.action.followUp)}: {item.customerName} – {item.action.what}
								{item.overdue && <strong> {t('workbench.actions.overdue')}</strong>}
							</li>
						))}
					</ul>
				</section>
			)}

			{section(
				'portfolio',
				<PortfolioTool
					customers={customers}
					save={saveCustomer}
					remove={(id) => store.removeFromWorkbench([id])}
					select={setSelected}
					newId={newRecordId}
				/>,
			)}

			{ids.length > 0 && (
				<div className="no-print card sticky top-0 z-10 mt-12">
					<label htmlFor="werkstatt-kunde" className="block font-semibold">
						{t('workbench.customerSelect')}
					</label>
					<select
						id="werkstatt-kunde"
						className="mt-1 block min-h-11 w-full max-w-md rounded-md border border-line bg-canvas px-3"
						value={current}
						onChange={(event) => setSelected(event.target.value)}
					>
						{ids.map((id) => (
							<option key={id} value={id}>
								{customers[id]!.name}
							</option>
						))}
					</select>
				</div>
			)}

			{section('landkarte', toolProps && <MapTool {...toolProps} />, true)}
			{section('qualitaet', toolProps && <QualityTool {...toolProps} />, true)}
			{section('massnahmen', toolProps && <ActionTool {...toolProps} />, true)}
			{section(
				'strategie',
				<StrategyTool
					profile={state.workbenchProfiles.strategie}
					saveProfile={(profile) => {
						const outcome = store.saveStrategyProfile(profile);
						if (!outcome.saved) setNotice(t('workbench.notSaved'));
					}}
				/>,
			)}
			{section('selbstbild', <SelfVsBehaviourTool state={state} links={data.links} />)}
		</div>
	);
}
