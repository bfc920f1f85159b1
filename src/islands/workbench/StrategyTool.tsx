import { useEffect, useId, useState } from 'react';
import { t } from '../../i18n/client';
import {
	STRATEGY_PAIRS,
	profileGaps,
	type StrategyPair,
} from '../../lib/workbench/strategy-profile';
import {
	STRATEGY_PAIR_IDS,
	type StrategyPairId,
	type StrategyPositions,
	type StrategyProfile,
} from '../../schemas/stored/workbench';

/**
 * Tool 4, the strategy profile: for each of the goals-and-strategies module's five pairs of poles,
 * where the learner's company stands today and where it wants to be (0 the left pole, 100 the
 * right), saved on every change; below, the gaps as a list and, drawn from it, a chart.
 */

interface Props {
	profile?: StrategyProfile;
	saveProfile: (profile: Omit<StrategyProfile, 'updatedAt'>) => void;
}

type Positions = Omit<StrategyProfile, 'updatedAt'>;
type Which = keyof Positions;

const middle = (): StrategyPositions =>
	Object.fromEntries(STRATEGY_PAIR_IDS.map((id) => [id, 50])) as StrategyPositions;

const fromProfile = (profile?: StrategyProfile): Positions => ({
	current: profile?.current ?? middle(),
	target: profile?.target ?? middle(),
});

const pairTitle = (pair: StrategyPair) =>
	t('workbench.strategy.pairLegend', { left: pair.left.title, right: pair.right.title });

const pairById = (id: StrategyPairId) => STRATEGY_PAIRS.find((pair) => pair.id === id)!;

/** "30 von 100, näher an Kundenbeziehungen" */
const valueText = (pair: StrategyPair, value: number) =>
	value === 50
		? t('workbench.strategy.valueMiddle', { value })
		: t('workbench.strategy.valueNear', {
				value,
				pole: value < 50 ? pair.left.title : pair.right.title,
			});

export function StrategyTool({ profile, saveProfile }: Props) {
	const id = useId();
	const [positions, setPositions] = useState<Positions>(() => fromProfile(profile));

	// A profile saved or imported elsewhere replaces what is shown.
	useEffect(() => {
		if (profile) setPositions(fromProfile(profile));
	}, [profile]);

	const change = (which: Which, pairId: StrategyPairId, value: number) => {
		const next: Positions = { ...positions, [which]: { ...positions[which], [pairId]: value } };
		setPositions(next);
		saveProfile(next);
	};

	const gaps = profileGaps(positions);

	return (
		<div className="grid gap-8">
			<div>
				<p>{t('workbench.strategy.intro')}</p>
				<p className="mt-1 text-sm text-muted">{t('workbench.strategy.saveHint')}</p>
			</div>

			<form className="grid gap-4" onSubmit={(event) => event.preventDefault()}>
				{STRATEGY_PAIRS.map((pair) => {
					const legendId = `${id}-${pair.id}-legend`;
					return (
						<fieldset key={pair.id} className="card">
							<legend id={legendId} className="font-semibold">
								{pairTitle(pair)}
							</legend>
							<div className="mt-2 grid gap-4 sm:grid-cols-2">
								<div>
									<p className="font-semibold">
										{t('workbench.strategy.poleLeft', { title: pair.left.title })}
									</p>
									<p className="text-sm">{t(`workbench.strategy.pole.${pair.id}.left`)}</p>
								</div>
								<div className="sm:text-right">
									<p className="font-semibold">
										{t('workbench.strategy.poleRight', { title: pair.right.title })}
									</p>
									<p className="text-sm">{t(`workbench.strategy.pole.${pair.id}.right`)}</p>
								</div>
							</div>
							{(['current', 'target'] as const).map((which) => {
								const inputId = `${id}-${pair.id}-${which}`;
								const value = positions[which][pair.id];
								return (
									<div key={which} className="mt-4">
										<div className="flex flex-wrap items-baseline justify-between gap-x-4">
											<label id={`${inputId}-label`} htmlFor={inputId} className="font-semibold">
												{t(`workbench.strategy.${which}`)}
											</label>
											<span className="text-sm" aria-hidden="true">
												{valueText(pair, value)}
											</span>
										</div>
										<input
											id={inputId}
											type="range"
											min={0}
											max={100}
											step={5}
											className="mt-1 block min-h-11 w-full accent-accent"
											value={value}
											aria-labelledby={`${inputId}-label ${legendId}`}
											aria-valuetext={valueText(pair, value)}
											onChange={(event) => change(which, pair.id, Number(event.target.value))}
										/>
									</div>
								);
							})}
						</fieldset>
					);
				})}
			</form>

			<section aria-labelledby={`${id}-gaps`}>
				<h3 id={`${id}-gaps`} className="font-serif text-xl">
					{t('workbench.strategy.gapsTitle')}
				</h3>
				<p className="mt-1 text-sm text-muted">
					{gaps.every((gap) => gap.direction === 'passt')
						? t('workbench.strategy.allFit')
						: t('workbench.strategy.gapsIntro')}
				</p>
				<ul className="mt-3 grid gap-2">
					{gaps.map((gap) => {
						const pair = pairById(gap.pairId);
						return (
							<li key={gap.pairId} className="rounded-md border border-line p-3">
								<strong>{pairTitle(pair)}:</strong>{' '}
								{gap.direction === 'passt'
									? t('workbench.strategy.fits', { current: gap.current, target: gap.target })
									: t('workbench.strategy.moves', {
											pole: gap.direction === 'links' ? pair.left.title : pair.right.title,
											distance: Math.abs(gap.difference),
											current: gap.current,
											target: gap.target,
										})}
							</li>
						);
					})}
				</ul>
				<ProfileChart positions={positions} />
			</section>
		</div>
	);
}

const WIDTH = 640;
const TRACK_LEFT = 20;
const TRACK_RIGHT = WIDTH - 20;
const ROW = 64;
const x = (value: number) => TRACK_LEFT + ((TRACK_RIGHT - TRACK_LEFT) * value) / 100;

const Circle = ({ cx, cy }: { cx: number; cy: number }) => (
	<circle cx={cx} cy={cy} r={8} fill="var(--surface)" stroke="var(--ink)" strokeWidth={2.5} />
);

const Diamond = ({ cx, cy }: { cx: number; cy: number }) => (
	<polygon
		points={`${cx},${cy - 7} ${cx + 7},${cy} ${cx},${cy + 7} ${cx - 7},${cy}`}
		fill="var(--accent)"
		stroke="var(--accent)"
		strokeWidth={1}
	/>
);

/** The profile drawn: per pair a track, a circle for today and a diamond for the target. The list above carries the same. */
function ProfileChart({ positions }: { positions: Positions }) {
	return (
		<div className="mt-6" aria-hidden="true">
			<ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
				<li className="flex items-center gap-2">
					<svg width="20" height="20" viewBox="0 0 20 20" focusable="false">
						<Circle cx={10} cy={10} />
					</svg>
					{t('workbench.strategy.legendCurrent')}
				</li>
				<li className="flex items-center gap-2">
					<svg width="20" height="20" viewBox="0 0 20 20" focusable="false">
						<Diamond cx={10} cy={10} />
					</svg>
					{t('workbench.strategy.legendTarget')}
				</li>
			</ul>
			<svg
				viewBox={`0 0 ${WIDTH} ${ROW * STRATEGY_PAIRS.length + 8}`}
				className="mt-2 h-auto w-full text-ink"
				focusable="false"
			>
				{STRATEGY_PAIRS.map((pair, index) => {
					const top = index * ROW + 4;
					const lineY = top + 40;
					const current = positions.current[pair.id];
					const target = positions.target[pair.id];
					return (
						<g key={pair.id}>
							<text x={TRACK_LEFT} y={top + 16} fontSize="13" fill="currentColor">
								{pair.left.title}
							</text>
							<text x={TRACK_RIGHT} y={top + 16} fontSize="13" textAnchor="end" fill="currentColor">
								{pair.right.title}
							</text>
							<line
								x1={TRACK_LEFT}
								y1={lineY}
								x2={TRACK_RIGHT}
								y2={lineY}
								stroke="var(--line)"
								strokeWidth={2}
							/>
							<line
								x1={x(50)}
								y1={lineY - 6}
								x2={x(50)}
								y2={lineY + 6}
								stroke="var(--line)"
								strokeWidth={2}
							/>
							{current !== target && (
								<line
									x1={x(current)}
									y1={lineY}
									x2={x(target)}
									y2={lineY}
									stroke="var(--muted)"
									strokeWidth={2}
									strokeDasharray="4 3"
								/>
							)}
							<Circle cx={x(current)} cy={lineY} />
							<Diamond cx={x(target)} cy={lineY} />
						</g>
					);
				})}
			</svg>
		</div>
	);
}
