import { useEffect, useMemo, type RefObject } from 'react';
import { t } from '../../i18n/client';
import { analyseScenario, debriefOf, type DebriefStep } from '../../lib/roleplay/debrief';
import type { ScenarioIndex } from '../../lib/roleplay/engine';
import { meterChanges } from '../../lib/roleplay/meters';
import type { MeterValues } from '../../schemas/roleplay-constants';
import { changeText, outcomeLabel } from './labels';
import MeterChart, { MeterLegend } from './MeterChart';

interface Props {
	index: ScenarioIndex;
	/** The choice ids of the learner's run, which ends at an ending. */
	path: string[];
	focusTarget: RefObject<HTMLElement | null>;
	/** Whether the heading takes focus as the debrief appears (after a choice, not on page load). */
	focusOnMount?: boolean;
}

/** After an ending: the outcome, the meters over time beside the best path, the decisive moments, each choice's "why". */
export default function Debrief({ index, path, focusTarget, focusOnMount = false }: Props) {
	// The debrief may arrive after the choice that led here (its code loads on demand): it takes
	// the focus the player asked for then.
	useEffect(() => {
		if (focusOnMount) focusTarget.current?.focus();
	}, [focusOnMount, focusTarget]);
	// Explores the scenario's states; done once, and only when a conversation reaches its end.
	const analysis = useMemo(() => analyseScenario(index), [index]);
	const debrief = useMemo(() => debriefOf(analysis, path), [analysis, path]);
	const { ending, best } = debrief;
	const foundBest = best.steps.map((step) => step.choice.id).join() === path.join();
	return (
		<section aria-labelledby="auswertung" className="debrief mt-8" data-outcome={ending.outcome}>
			<h2
				id="auswertung"
				className="font-serif text-2xl"
				tabIndex={-1}
				ref={focusTarget as RefObject<HTMLHeadingElement | null>}
			>
				{t('roleplay.debriefTitle')}
			</h2>
			<div className="card mt-4">
				<p className={`outcome outcome-${ending.outcome}`}>{outcomeLabel(ending.outcome)}</p>
				<h3 className="mt-2 text-xl font-bold">{ending.title}</h3>
				<p className="mt-2">{ending.explanation}</p>
				<h4 className="mt-4 font-bold">{t('roleplay.advice')}</h4>
				<p>{ending.advice}</p>
			</div>

			<h3 className="mt-8 text-xl font-bold">{t('roleplay.timelineTitle')}</h3>
			<p className="mt-2 text-sm">{t('roleplay.intensityHint')}</p>
			<MeterLegend />
			<div className="mt-4 grid gap-6 md:grid-cols-2">
				<MeterChart id="verlauf-ihr" caption={t('roleplay.yourRun')} timeline={debrief.timeline} />
				<MeterChart
					id="verlauf-best"
					caption={t('roleplay.bestRun', { title: best.ending.title })}
					timeline={best.timeline}
				/>
			</div>

			<h3 className="mt-8 text-xl font-bold">{t('roleplay.decisiveTitle')}</h3>
			{debrief.decisive.length > 0 ? (
				<ul className="mt-3 grid gap-3">
					{debrief.decisive.map((moment) => {
						const step = debrief.steps[moment.step]!;
						return (
							<li
								key={`${moment.step}-${moment.kind}`}
								className={`decisive decisive-${moment.kind}`}
							>
								<p className="font-semibold">
									{t('roleplay.step', { step: moment.step + 1 })}: „{step.choice.text}“
								</p>
								<p>
									{t(`roleplay.decisive.${moment.kind}`, { outcome: outcomeLabel(moment.outcome) })}
								</p>
								<p className="text-muted">{step.choice.why}</p>
							</li>
						);
					})}
				</ul>
			) : (
				<p className="mt-3">{t('roleplay.decisiveNone')}</p>
			)}

			<h3 className="mt-8 text-xl font-bold">{t('roleplay.choicesMade')}</h3>
			<StepList steps={debrief.steps} timeline={debrief.timeline} />

			<h3 className="mt-8 text-xl font-bold">{t('roleplay.bestPathTitle')}</h3>
			{foundBest ? (
				<p className="mt-3">{t('roleplay.bestPathReached')}</p>
			) : (
				<StepList steps={best.steps} timeline={best.timeline} />
			)}
		</section>
	);
}

function StepList({ steps, timeline }: { steps: DebriefStep[]; timeline: MeterValues[] }) {
	return (
		<ol className="mt-3 grid gap-3">
			{steps.map((step, i) => {
				const changes = meterChanges(timeline[i]!, step.meters);
				return (
					<li key={i} className="border-l-4 border-line pl-4">
						<p className="font-semibold">
							{t('roleplay.step', { step: i + 1 })}: „{step.choice.text}“
						</p>
						<p>{step.choice.why}</p>
						<p className="text-sm text-muted">
							{changes.length > 0 ? changes.map(changeText).join('; ') : t('roleplay.noEffect')}
						</p>
					</li>
				);
			})}
		</ol>
	);
}
