import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { t } from '../../i18n/client';
import { placeCustomer } from '../../lib/workbench/portfolio';
import type { WorkbenchCustomer } from '../../schemas/stored/workbench';

/**
 * The portfolio as a chart: profitability across, future chances up, the four quadrants of the
 * diagnosis module. Each customer is a focusable point: the arrow keys move it one step on the
 * five-point scales, a drag moves it with the pointer. The table beside it says the same in text.
 */
interface Props {
	customers: [string, WorkbenchCustomer][];
	move: (customerId: string, ratings: { profitability: number; futureChances: number }) => void;
}

const SIZE = 300;
const PAD = 40;
const STEP = SIZE / 5;
/** The centre of rating r (1–5) on an axis. */
const at = (rating: number) => PAD + (rating - 0.5) * STEP;
const clamp = (value: number) => Math.min(5, Math.max(1, value));

export function PortfolioChart({ customers, move }: Props) {
	const svg = useRef<SVGSVGElement>(null);
	const dragging = useRef<string | null>(null);

	const fromPointer = (event: PointerEvent) => {
		const box = svg.current!.getBoundingClientRect();
		const x = ((event.clientX - box.left) / box.width) * (SIZE + 2 * PAD) - PAD;
		const y = ((event.clientY - box.top) / box.height) * (SIZE + 2 * PAD) - PAD;
		return {
			profitability: clamp(Math.floor(x / STEP) + 1),
			futureChances: clamp(5 - Math.floor(y / STEP)),
		};
	};

	const onKey = (id: string, customer: WorkbenchCustomer) => (event: KeyboardEvent) => {
		const delta: Record<string, [number, number]> = {
			ArrowRight: [1, 0],
			ArrowLeft: [-1, 0],
			ArrowUp: [0, 1],
			ArrowDown: [0, -1],
		};
		const step = delta[event.key];
		if (!step) return;
		event.preventDefault();
		move(id, {
			profitability: clamp(customer.profitability + step[0]),
			futureChances: clamp(customer.futureChances + step[1]),
		});
	};

	return (
		<svg
			ref={svg}
			viewBox={`0 0 ${SIZE + 2 * PAD} ${SIZE + 2 * PAD}`}
			className="portfolio-chart w-full max-w-md touch-none"
			role="group"
			aria-label={t('workbench.portfolio.chartLabel')}
			onPointerMove={(event) => {
				if (dragging.current) move(dragging.current, fromPointer(event));
			}}
			onPointerUp={() => (dragging.current = null)}
			onPointerLeave={() => (dragging.current = null)}
		>
			<rect x={PAD} y={PAD} width={SIZE} height={SIZE} className="fill-none stroke-current" />
			{/* High means 4 or 5: the quadrant line sits after the third step. */}
			<line
				x1={PAD + 3 * STEP}
				x2={PAD + 3 * STEP}
				y1={PAD}
				y2={PAD + SIZE}
				className="stroke-current"
				strokeDasharray="4 4"
			/>
			<line
				y1={PAD + 2 * STEP}
				y2={PAD + 2 * STEP}
				x1={PAD}
				x2={PAD + SIZE}
				className="stroke-current"
				strokeDasharray="4 4"
			/>
			<g aria-hidden="true" className="fill-current text-[11px]">
				<text x={PAD + 4} y={PAD + 14}>
					{t('workbench.quadrant.entwickeln')}
				</text>
				<text x={PAD + 3 * STEP + 4} y={PAD + 14}>
					{t('workbench.quadrant.ausbauen')}
				</text>
				<text x={PAD + 4} y={PAD + SIZE - 6}>
					{t('workbench.quadrant.ueberpruefen')}
				</text>
				<text x={PAD + 3 * STEP + 4} y={PAD + SIZE - 6}>
					{t('workbench.quadrant.sichern')}
				</text>
				<text x={PAD + SIZE / 2} y={SIZE + 2 * PAD - 8} textAnchor="middle">
					{t('workbench.portfolio.axisProfitability')}
				</text>
				<text transform={`translate(14 ${PAD + SIZE / 2}) rotate(-90)`} textAnchor="middle">
					{t('workbench.portfolio.axisFuture')}
				</text>
			</g>
			{customers.map(([id, customer], index) => {
				const placement = placeCustomer(customer);
				// Customers on the same cell fan out a little so each stays visible and clickable.
				const spread = (index % 3) * 8 - 8;
				const x = at(customer.profitability) + spread;
				const y = PAD + SIZE - at(customer.futureChances) + PAD + spread;
				return (
					<g
						key={id}
						tabIndex={0}
						role="img"
						className="portfolio-point cursor-grab"
						data-customer={id}
						aria-label={t('workbench.portfolio.pointLabel', {
							name: customer.name,
							profitability: customer.profitability,
							future: customer.futureChances,
							quadrant: t(`workbench.quadrant.${placement.quadrant}`),
						})}
						aria-roledescription={t('workbench.portfolio.pointRole')}
						onKeyDown={onKey(id, customer)}
						onPointerDown={(event) => {
							dragging.current = id;
							(event.currentTarget as SVGGElement).focus();
						}}
					>
						<circle cx={x} cy={y} r={9} className="portfolio-dot" />
						<text x={x + 12} y={y + 4} className="fill-current text-[11px]" aria-hidden="true">
							{customer.name.length > 18 ? `${customer.name.slice(0, 17)}…` : customer.name}
						</text>
					</g>
				);
			})}
		</svg>
	);
}
