import { t } from '../../i18n/client';
import {
	METER_IDS,
	METER_MAX,
	type MeterId,
	type MeterValues,
} from '../../schemas/roleplay-constants';
import { meterLabel } from './labels';

/** Line patterns, so the six lines differ by more than colour. */
export const METER_DASH: Record<MeterId, string | undefined> = {
	sympathie: undefined,
	anerkennung: '6 3',
	vertrauen: '2 3',
	gegenseitigkeit: '10 3 2 3',
	intensitaet: '4 4',
	kompetenz: '12 4',
};

const WIDTH = 320;
const HEIGHT = 180;
const PAD = { left: 30, right: 8, top: 8, bottom: 22 };

interface Props {
	/** Prefix for element ids; unique on the page. */
	id: string;
	caption: string;
	/** Meters at the start and after each step. */
	timeline: MeterValues[];
}

/** The six meters over a conversation as an SVG line chart, with the values in a table too. */
export default function MeterChart({ id, caption, timeline }: Props) {
	const steps = Math.max(1, timeline.length - 1);
	const x = (step: number) => PAD.left + (step / steps) * (WIDTH - PAD.left - PAD.right);
	const y = (value: number) => PAD.top + (1 - value / METER_MAX) * (HEIGHT - PAD.top - PAD.bottom);
	const stepLabel = (step: number) => (step === 0 ? t('roleplay.chartStart') : String(step));
	return (
		<figure className="min-w-0" data-chart={id}>
			<figcaption className="font-semibold">{caption}</figcaption>
			<svg
				viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
				className="mt-2 block w-full"
				role="img"
				aria-labelledby={`${id}-title ${id}-desc`}
			>
				<title id={`${id}-title`}>{caption}</title>
				<desc id={`${id}-desc`}>
					{t('roleplay.chartDescription', { count: timeline.length - 1 })}
				</desc>
				{[0, 50, 100].map((value) => (
					<g key={value} className="text-muted">
						<line
							x1={PAD.left}
							x2={WIDTH - PAD.right}
							y1={y(value)}
							y2={y(value)}
							className="chart-grid"
						/>
						<text
							x={PAD.left - 4}
							y={y(value) + 3}
							textAnchor="end"
							fontSize="9"
							fill="currentColor"
						>
							{value}
						</text>
					</g>
				))}
				{timeline.map((_, step) => (
					<text
						key={step}
						x={x(step)}
						y={HEIGHT - 6}
						textAnchor="middle"
						fontSize="9"
						fill="currentColor"
						className="text-muted"
					>
						{stepLabel(step)}
					</text>
				))}
				{METER_IDS.map((meter) => (
					<g key={meter} className={`meter-${meter}`}>
						<polyline
							points={timeline.map((meters, step) => `${x(step)},${y(meters[meter])}`).join(' ')}
							fill="none"
							stroke="currentColor"
							strokeWidth="2"
							strokeDasharray={METER_DASH[meter]}
						/>
						{timeline.map((meters, step) => (
							<circle key={step} cx={x(step)} cy={y(meters[meter])} r="2" fill="currentColor" />
						))}
					</g>
				))}
			</svg>
			<details className="mt-2 text-sm">
				<summary>{t('roleplay.tableShow')}</summary>
				{/* Focusable and labelled, so keyboard users can scroll a table wider than the screen. */}
				<div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
					<table className="data-table mt-2">
						<caption className="sr-only">{caption}</caption>
						<thead>
							<tr>
								<th scope="col">{t('roleplay.tableStep')}</th>
								{METER_IDS.map((meter) => (
									<th key={meter} scope="col">
										{meterLabel(meter)}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{timeline.map((meters, step) => (
								<tr key={step}>
									<th scope="row">{stepLabel(step)}</th>
									{METER_IDS.map((meter) => (
										<td key={meter}>{meters[meter]}</td>
									))}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			</details>
		</figure>
	);
}

/** Which line is which: colour, pattern and name. */
export function MeterLegend() {
	return (
		<ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
			{METER_IDS.map((meter) => (
				<li key={meter} className="flex items-center gap-2">
					<svg width="28" height="8" aria-hidden="true" className={`meter-${meter}`}>
						<line
							x1="0"
							x2="28"
							y1="4"
							y2="4"
							stroke="currentColor"
							strokeWidth="2"
							strokeDasharray={METER_DASH[meter]}
						/>
					</svg>
					{meterLabel(meter)}
				</li>
			))}
		</ul>
	);
}
