import { useEffect, useMemo, useState } from 'react';
import { getProgressStore } from '../../client/progress/store';
import { t } from '../../i18n/client';
import {
	capacity,
	formatTime,
	layOutAgenda,
	parseTime,
	type PlanChoice,
	type SeminarLength,
	type Slot,
} from '../../lib/seminar/agenda';
import type { SeminarData } from './types';

/** The one plan the planner keeps; a trainer plans the next seminar, not a library of them. */
const PLAN_ID = 'standard';
const LENGTHS: SeminarLength[] = ['half', 'one', 'two'];
const DEFAULT_CHOICE: PlanChoice = { modules: [], roleplays: [], start: '09:00', length: 'one' };

const toggle = (list: string[], id: string, on: boolean) =>
	on ? [...new Set([...list, id])] : list.filter((entry) => entry !== id);

/** "1 Std. 45 Min." */
function duration(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return t('seminar.minutes', { minutes: rest });
	return rest === 0
		? t('seminar.hours', { hours })
		: t('seminar.hoursMinutes', { hours, minutes: rest });
}

/**
 * The trainer's seminar planner: pick modules and role-plays, a start time and a length; the
 * agenda follows at once (lib/seminar/agenda.ts) and prints one page per day. The choices are kept
 * in the progress store, so the plan is there on the next visit and travels with an export.
 */
export function SeminarPlanner({ data }: { data: SeminarData }) {
	const store = getProgressStore();
	const stored = store.getState().seminarPlans[PLAN_ID];
	const known = (ids: string[], list: { id: string }[]) =>
		ids.filter((id) => list.some((entry) => entry.id === id));
	const [choice, setChoice] = useState<PlanChoice>(
		stored
			? {
					// A plan from an earlier course keeps what still exists.
					modules: known(stored.modules, data.modules),
					roleplays: known(stored.roleplays, data.roleplays),
					start: stored.start,
					length: stored.length,
				}
			: DEFAULT_CHOICE,
	);
	const [startText, setStartText] = useState(choice.start);
	const [saveFailed, setSaveFailed] = useState(false);

	useEffect(() => {
		if (!stored && choice === DEFAULT_CHOICE) return;
		const outcome = store.saveSeminarPlan(PLAN_ID, choice);
		setSaveFailed(!outcome.saved);
	}, [choice]);

	const agenda = useMemo(() => layOutAgenda(data.catalog, choice), [data.catalog, choice]);
	const moduleTitle = (id?: string) => data.modules.find((m) => m.id === id)?.title ?? '';
	const material = (id: string) => data.materials.find((m) => m.id === id);
	const startValid = parseTime(startText) !== undefined;
	const leftOverMinutes = agenda.leftOver.reduce((sum, item) => sum + item.minutes, 0);
	const nothingChosen = choice.modules.length === 0 && choice.roleplays.length === 0;

	const summary = nothingChosen
		? t('seminar.summaryEmpty')
		: agenda.leftOver.length === 0
			? t('seminar.summaryFits', {
					teaching: duration(agenda.teachingMinutes),
					available: duration(capacity(choice.length)),
				})
			: t('seminar.summaryTooMuch', { minutes: duration(leftOverMinutes) });

	const slotTitle = (slot: Slot) =>
		slot.kind === 'break'
			? t('seminar.break')
			: slot.kind === 'lunch'
				? t('seminar.lunch')
				: slot.kind === 'roleplay'
					? t('seminar.roleplaySlot', { title: slot.title })
					: slot.title;

	return (
		<div className="seminar-planner">
			<form className="no-print grid gap-6" onSubmit={(event) => event.preventDefault()}>
				<fieldset className="card">
					<legend className="font-semibold">{t('seminar.modulesLegend')}</legend>
					<ul className="mt-2 grid gap-1">
						{data.modules.map((module) => (
							<li key={module.id}>
								<label className="flex min-h-11 items-center gap-3">
									<input
										type="checkbox"
										className="h-5 w-5"
										checked={choice.modules.includes(module.id)}
										onChange={(event) =>
											setChoice((c) => ({
												...c,
												modules: toggle(c.modules, module.id, event.target.checked),
											}))
										}
									/>
									<span>
										{module.title} <span className="text-muted">({duration(module.duration)})</span>
									</span>
								</label>
							</li>
						))}
					</ul>
				</fieldset>

				<fieldset className="card">
					<legend className="font-semibold">{t('seminar.roleplaysLegend')}</legend>
					<p className="mt-1 text-sm">{t('seminar.roleplaysHint')}</p>
					<ul className="mt-2 grid gap-1">
						{data.roleplays.map((roleplay) => (
							<li key={roleplay.id}>
								<label className="flex min-h-11 items-center gap-3">
									<input
										type="checkbox"
										className="h-5 w-5"
										checked={choice.roleplays.includes(roleplay.id)}
										onChange={(event) =>
											setChoice((c) => ({
												...c,
												roleplays: toggle(c.roleplays, roleplay.id, event.target.checked),
											}))
										}
									/>
									<span>
										{roleplay.title}{' '}
										<span className="text-muted">
											(
											{t('seminar.roleplayDetails', {
												minutes: duration(roleplay.minutes),
												modules: roleplay.modules.map(moduleTitle).join(', '),
											})}
											)
										</span>
									</span>
								</label>
							</li>
						))}
					</ul>
				</fieldset>

				<div className="card grid gap-6 md:grid-cols-2">
					<div>
						<label htmlFor="seminar-beginn" className="block font-semibold">
							{t('seminar.startLabel')}
						</label>
						<input
							id="seminar-beginn"
							type="time"
							step={300}
							className="mt-1 block min-h-11 rounded-md border border-line bg-canvas px-3"
							value={startText}
							aria-invalid={startValid ? undefined : true}
							aria-describedby="seminar-beginn-hinweis"
							onChange={(event) => {
								setStartText(event.target.value);
								if (parseTime(event.target.value) !== undefined)
									setChoice((c) => ({ ...c, start: event.target.value }));
							}}
						/>
						<p id="seminar-beginn-hinweis" className="mt-1 text-sm">
							{startValid ? t('seminar.startHint') : t('seminar.startInvalid')}
						</p>
					</div>
					<fieldset>
						<legend className="font-semibold">{t('seminar.lengthLegend')}</legend>
						{LENGTHS.map((length) => (
							<label key={length} className="flex min-h-11 items-center gap-3">
								<input
									type="radio"
									name="seminar-dauer"
									className="h-5 w-5"
									checked={choice.length === length}
									onChange={() => setChoice((c) => ({ ...c, length }))}
								/>
								{t(`seminar.length.${length}`)}
							</label>
						))}
					</fieldset>
				</div>
			</form>

			<section className="mt-10" aria-labelledby="seminar-ablauf">
				<h2 id="seminar-ablauf" className="font-serif text-2xl">
					{t('seminar.agendaTitle')}
				</h2>
				<p role="status" className="mt-2 font-semibold" data-seminar-summary>
					{summary}
				</p>
				{saveFailed && (
					<p role="alert" className="mt-2">
						{t('seminar.notSaved')}
					</p>
				)}
				{!nothingChosen && (
					<p className="no-print mt-3">
						<button type="button" className="button" onClick={() => window.print()}>
							{t('seminar.print')}
						</button>
					</p>
				)}

				{!nothingChosen &&
					agenda.days
						.filter((day) => day.slots.length > 0 || day.day === 1)
						.map((day) => {
							const dayModules = [
								...new Set(day.slots.flatMap((s) => (s.moduleId ? [s.moduleId] : []))),
							];
							const dayMaterials = [
								...new Set(
									data.catalog.modules
										.filter((m) => dayModules.includes(m.id) && choice.modules.includes(m.id))
										.flatMap((m) => m.materials),
								),
							];
							const headingId = `seminar-tag-${day.day}`;
							return (
								<section
									key={day.day}
									className="seminar-day mt-8"
									aria-labelledby={headingId}
									data-day={day.day}
								>
									<h3 id={headingId} className="font-serif text-xl">
										{t('seminar.dayTitle', {
											day: day.day,
											from: formatTime(parseTime(choice.start) ?? 540),
											to: formatTime(day.end),
										})}
									</h3>
									<table className="mt-3 w-full border-collapse text-sm">
										<caption className="sr-only">
											{t('seminar.dayCaption', { day: day.day })}
										</caption>
										<thead>
											<tr>
												<th scope="col" className="border border-line p-2 text-left">
													{t('seminar.columnTime')}
												</th>
												<th scope="col" className="border border-line p-2 text-left">
													{t('seminar.columnWhat')}
												</th>
												<th scope="col" className="border border-line p-2 text-left">
													{t('seminar.columnModule')}
												</th>
											</tr>
										</thead>
										<tbody>
											{day.slots.map((slot, index) => (
												<tr
													key={`${slot.start}-${index}`}
													data-slot={slot.kind}
													className={
														slot.kind === 'break' || slot.kind === 'lunch'
															? 'bg-surface font-semibold'
															: ''
													}
												>
													<th
														scope="row"
														className="whitespace-nowrap border border-line p-2 text-left font-normal"
													>
														{formatTime(slot.start)}–{formatTime(slot.start + slot.minutes)}
													</th>
													<td className="border border-line p-2">{slotTitle(slot)}</td>
													<td className="border border-line p-2">{moduleTitle(slot.moduleId)}</td>
												</tr>
											))}
										</tbody>
									</table>
									{dayMaterials.length > 0 && (
										<>
											<h4 className="mt-4 font-semibold">{t('seminar.materialsTitle')}</h4>
											<ul className="mt-1 list-disc pl-6">
												{dayMaterials.map((id) => {
													const entry = material(id);
													return (
														<li key={id}>{entry ? <a href={entry.href}>{entry.title}</a> : id}</li>
													);
												})}
											</ul>
										</>
									)}
								</section>
							);
						})}

				{agenda.leftOver.length > 0 && (
					<section className="card mt-8" aria-labelledby="seminar-rest">
						<h3 id="seminar-rest" className="font-serif text-xl">
							{t('seminar.leftOverTitle')}
						</h3>
						<p className="mt-1">{t('seminar.leftOverHint')}</p>
						<ul className="mt-2 list-disc pl-6">
							{agenda.leftOver.map((item, index) => (
								<li key={`${item.title}-${index}`}>
									{item.roleplayId ? t('seminar.roleplaySlot', { title: item.title }) : item.title}{' '}
									({moduleTitle(item.moduleId)}, {duration(item.minutes)})
								</li>
							))}
						</ul>
					</section>
				)}
			</section>
		</div>
	);
}
