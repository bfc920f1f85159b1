import { useId } from 'react';

/**
 * A radar (spider) chart of scores per dimension, with an optional earlier series drawn dashed.
 * The SVG is an image with a title and description; the table beside it (rendered by the caller)
 * carries the same values for screen readers and print.
 */
export interface RadarSeries {
	label: string;
	values: Record<string, number>;
	/** Earlier results are dashed so the series differ by more than colour. */
	dashed?: boolean;
}

interface Props {
	axes: { id: string; label: string }[];
	min: number;
	max: number;
	series: RadarSeries[];
	title: string;
	description: string;
}

const SIZE = 320;
const CENTER = SIZE / 2;
const RADIUS = 110;

export function RadarChart({ axes, min, max, series, title, description }: Props) {
	const id = useId();
	const point = (index: number, value: number) => {
		const angle = (Math.PI * 2 * index) / axes.length - Math.PI / 2;
		const r = (RADIUS * (value - min)) / (max - min);
		return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)] as const;
	};
	const polygon = (values: Record<string, number>) =>
		axes.map((axis, i) => point(i, values[axis.id] ?? min).join(',')).join(' ');
	const rings = Array.from({ length: max - min }, (_, i) => min + i + 1);
	return (
		<svg
			viewBox={`-80 -10 ${SIZE + 160} ${SIZE + 20}`}
			role="img"
			aria-labelledby={`${id}-t ${id}-d`}
			className="h-auto w-full max-w-md text-ink"
		>
			<title id={`${id}-t`}>{title}</title>
			<desc id={`${id}-d`}>{description}</desc>
			{rings.map((ring) => (
				<polygon
					key={ring}
					points={polygon(Object.fromEntries(axes.map((a) => [a.id, ring])))}
					fill="none"
					stroke="var(--line)"
				/>
			))}
			{axes.map((axis, i) => {
				const [x, y] = point(i, max);
				const [lx, ly] = point(i, max + (max - min) * 0.16);
				return (
					<g key={axis.id}>
						<line x1={CENTER} y1={CENTER} x2={x} y2={y} stroke="var(--line)" />
						<text
							x={lx}
							y={ly}
							fontSize="17"
							textAnchor={Math.abs(lx - CENTER) < 4 ? 'middle' : lx > CENTER ? 'start' : 'end'}
							dominantBaseline="middle"
							fill="currentColor"
						>
							{axis.label}
						</text>
					</g>
				);
			})}
			{series.map((s) => (
				<polygon
					key={s.label}
					points={polygon(s.values)}
					fill={s.dashed ? 'none' : 'var(--accent)'}
					fillOpacity={s.dashed ? 0 : 0.18}
					stroke={s.dashed ? 'var(--muted)' : 'var(--accent)'}
					strokeWidth="2.5"
					strokeDasharray={s.dashed ? '6 4' : undefined}
				/>
			))}
		</svg>
	);
}
