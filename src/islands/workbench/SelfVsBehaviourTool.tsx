import { useId } from 'react';
import { t } from '../../i18n/client';
import {
	SELF_ASSESSMENT_ID,
	selfVsBehaviour,
	type CriterionComparison,
} from '../../lib/workbench/self-vs-behaviour';
import type { ProgressState } from '../../schemas/stored/progress-state';
import type { Criterion } from '../../schemas/stored/workbench';
import type { WorkbenchData } from './types';

/**
 * Tool 6, self-image against behaviour: the latest self-assessment of relationship quality next to
 * the meters the learner ended their role-plays with, per criterion on 0–100, as bars, as a table
 * and as a list of the gaps worth talking about.
 */

interface Props {
	state: ProgressState;
	links: WorkbenchData['links'];
}

const criterionLabel = (criterion: Criterion) => t(`workbench.criterion.${criterion}`);
const round = (value: number | undefined) =>
	value === undefined ? '–' : String(Math.round(value));

const signed = (value: number) => {
	const rounded = Math.round(value);
	return rounded > 0
		? t('workbench.delta.up', { value: rounded })
		: rounded < 0
			? t('workbench.delta.down', { value: Math.abs(rounded) })
			: t('workbench.delta.none');
};

const points = (value: number) => {
	const rounded = Math.round(Math.abs(value));
	return rounded === 1 ? t('workbench.pointsOne') : t('workbench.points', { n: rounded });
};

/** The day of the self-assessment the comparison reads, as the library picks it (the latest). */
function selfDate(state: ProgressState): string | undefined {
	const results = state.assessments[SELF_ASSESSMENT_ID] ?? [];
	const latest = [...results].sort((a, b) => a.completedAt.localeCompare(b.completedAt)).at(-1);
	return (
		latest &&
		new Date(latest.completedAt).toLocaleDateString('de-DE', {
			day: '2-digit',
			month: '2-digit',
			year: 'numeric',
		})
	);
}

export function SelfVsBehaviourTool({ state, links }: Props) {
	const id = useId();
	const result = selfVsBehaviour(state);

	if (!result.hasSelf || result.runs === 0)
		return (
			<div className="grid gap-4">
				{!result.hasSelf && (
					<div className="card">
						<p>{t('workbench.selfVs.noSelf')}</p>
						<p className="mt-3">
							<a className="button" href={links.assessment}>
								{t('workbench.selfVs.toAssessment')}
							</a>
						</p>
					</div>
				)}
				{result.runs === 0 && (
					<div className="card">
						<p>{t('workbench.selfVs.noRuns')}</p>
						<p className="mt-3">
							<a className="button" href={links.roleplays}>
								{t('workbench.selfVs.toRoleplays')}
							</a>
						</p>
					</div>
				)}
			</div>
		);

	const cell = 'border border-line p-2';
	return (
		<div className="grid gap-6">
			<div>
				<p>{t('workbench.selfVs.intro', { date: selfDate(state) ?? '' })}</p>
				<p className="mt-1 font-semibold">
					{result.runs === 1
						? t('workbench.selfVs.runsOne')
						: t('workbench.selfVs.runsMany', { runs: result.runs })}
				</p>
				{result.runs < 3 && <p className="mt-1 text-sm">{t('workbench.selfVs.fewRuns')}</p>}
			</div>

			<BarChart criteria={result.criteria} />

			<table className="w-full border-collapse text-sm">
				<caption className="sr-only">{t('workbench.selfVs.tableCaption')}</caption>
				<thead>
					<tr>
						<th scope="col" className={`${cell} text-left`}>
							{t('workbench.selfVs.criterion')}
						</th>
						<th scope="col" className={`${cell} text-left`}>
							{t('workbench.selfVs.self')}
						</th>
						<th scope="col" className={`${cell} text-left`}>
							{t('workbench.selfVs.behaviour')}
						</th>
						<th scope="col" className={`${cell} text-left`}>
							{t('workbench.selfVs.gap')}
						</th>
						<th scope="col" className={`${cell} text-left`}>
							{t('workbench.selfVs.verdict')}
						</th>
					</tr>
				</thead>
				<tbody>
					{result.criteria.map((row) => (
						<tr key={row.criterion}>
							<th scope="row" className={`${cell} text-left font-normal`}>
								{criterionLabel(row.criterion)}
							</th>
							<td className={cell}>{round(row.self)}</td>
							<td className={cell}>{round(row.behaviour)}</td>
							<td className={cell}>{row.gap === undefined ? '–' : signed(row.gap)}</td>
							<td className={cell}>
								{row.verdict ? t(`workbench.selfVs.verdict.${row.verdict}`) : '–'}
							</td>
						</tr>
					))}
				</tbody>
			</table>

			<section aria-labelledby={`${id}-findings`}>
				<h3 id={`${id}-findings`} className="font-serif text-xl">
					{t('workbench.selfVs.findingsTitle')}
				</h3>
				<ul className="mt-3 grid gap-2">
					{result.criteria.map((row) => (
						<li key={row.criterion} className="rounded-md border border-line p-3">
							<strong>{criterionLabel(row.criterion)}:</strong>{' '}
							{row.verdict && row.gap !== undefined
								? row.verdict === 'stimmig'
									? t('workbench.selfVs.findingFits', { distance: points(row.gap) })
									: t('workbench.selfVs.finding', {
											verdict: t(`workbench.selfVs.verdict.${row.verdict}`),
											distance: points(row.gap),
										})
								: t('workbench.selfVs.findingMissing')}
						</li>
					))}
				</ul>
			</section>
		</div>
	);
}

const WIDTH = 640;
const LABEL = 150;
const BAR_LEFT = LABEL + 10;
/** Room on the right for a value written after a full bar. */
const BAR_RIGHT = WIDTH - 40;
const ROW = 60;
const BAR = 18;
const AXIS = 28;
const barWidth = (value: number) =>
	((BAR_RIGHT - BAR_LEFT) * Math.min(100, Math.max(0, value))) / 100;

/** A pattern id usable in url(#…), whatever characters useId returns. */
const patternId = (base: string) => `${base.replace(/[^A-Za-z0-9_-]/g, '')}-hatch`;

function Hatch({ id }: { id: string }) {
	return (
		<pattern
			id={id}
			width="8"
			height="8"
			patternUnits="userSpaceOnUse"
			patternTransform="rotate(45)"
		>
			<rect width="8" height="8" fill="var(--surface)" />
			<line x1="0" y1="0" x2="0" y2="8" stroke="var(--ink)" strokeWidth="3" />
		</pattern>
	);
}

/** Self-image filled, behaviour hatched and outlined: the two differ by more than colour. */
function Swatch({ kind }: { kind: 'self' | 'behaviour' }) {
	const hatch = patternId(useId());
	return (
		<svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
			{kind === 'behaviour' && (
				<defs>
					<Hatch id={hatch} />
				</defs>
			)}
			<rect
				x="1"
				y="1"
				width="26"
				height="14"
				fill={kind === 'self' ? 'var(--accent)' : `url(#${hatch})`}
				stroke={kind === 'self' ? 'var(--accent)' : 'var(--ink)'}
				strokeWidth="1.5"
			/>
		</svg>
	);
}

function BarChart({ criteria }: { criteria: CriterionComparison[] }) {
	const id = useId();
	const hatch = patternId(id);
	const height = criteria.length * ROW + AXIS;
	const ticks = [0, 25, 50, 75, 100];
	return (
		<div>
			<ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
				<li className="flex items-center gap-2">
					<Swatch kind="self" />
					{t('workbench.selfVs.legendSelf')}
				</li>
				<li className="flex items-center gap-2">
					<Swatch kind="behaviour" />
					{t('workbench.selfVs.legendBehaviour')}
				</li>
			</ul>
			<svg
				viewBox={`0 0 ${WIDTH} ${height}`}
				role="img"
				aria-labelledby={`${id}-t ${id}-d`}
				className="mt-2 h-auto w-full text-ink"
			>
				<title id={`${id}-t`}>{t('workbench.selfVs.chartTitle')}</title>
				<desc id={`${id}-d`}>{t('workbench.selfVs.chartDescription')}</desc>
				<defs>
					<Hatch id={hatch} />
				</defs>
				{ticks.map((tick) => {
					const tx = BAR_LEFT + barWidth(tick);
					return (
						<g key={tick}>
							<line
								x1={tx}
								y1={0}
								x2={tx}
								y2={criteria.length * ROW}
								stroke="var(--line)"
								strokeWidth={1}
							/>
							<text
								x={tx}
								y={criteria.length * ROW + 18}
								fontSize="12"
								textAnchor="middle"
								fill="currentColor"
							>
								{tick}
							</text>
						</g>
					);
				})}
				{criteria.map((row, index) => {
					const top = index * ROW + 8;
					return (
						<g key={row.criterion}>
							<text
								x={LABEL}
								y={top + BAR + 2}
								fontSize="14"
								textAnchor="end"
								dominantBaseline="middle"
								fill="currentColor"
							>
								{criterionLabel(row.criterion)}
							</text>
							{row.self !== undefined && (
								<>
									<rect
										x={BAR_LEFT}
										y={top}
										width={barWidth(row.self)}
										height={BAR}
										fill="var(--accent)"
									/>
									<text
										x={BAR_LEFT + barWidth(row.self) + 6}
										y={top + BAR / 2}
										fontSize="12"
										dominantBaseline="middle"
										fill="currentColor"
									>
										{Math.round(row.self)}
									</text>
								</>
							)}
							{row.behaviour !== undefined && (
								<>
									<rect
										x={BAR_LEFT}
										y={top + BAR + 4}
										width={barWidth(row.behaviour)}
										height={BAR}
										fill={`url(#${hatch})`}
										stroke="var(--ink)"
										strokeWidth={1.5}
									/>
									<text
										x={BAR_LEFT + barWidth(row.behaviour) + 6}
										y={top + BAR + 4 + BAR / 2}
										fontSize="12"
										dominantBaseline="middle"
										fill="currentColor"
									>
										{Math.round(row.behaviour)}
									</text>
								</>
							)}
						</g>
					);
				})}
			</svg>
		</div>
	);
}
