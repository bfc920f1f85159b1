import { t } from '../../i18n/client';
import {
	METER_IDS,
	METER_MAX,
	type MeterId,
	type MeterValues,
} from '../../schemas/roleplay-constants';
import { meterLabel, signed } from './labels';

interface Props {
	meters: MeterValues;
	/** What the last step changed, shown next to each meter. */
	changes: { meter: MeterId; delta: number }[];
}

/** The six meters as text (value and last change) with a bar each; the bars repeat the text for the eye. */
export default function MeterPanel({ meters, changes }: Props) {
	const deltaOf = (meter: MeterId) => changes.find((change) => change.meter === meter)?.delta;
	return (
		<div className="card">
			<h2 id="messwerte" className="font-serif text-xl">
				{t('roleplay.metersTitle')}
			</h2>
			<p className="mt-1 text-sm text-muted">{t('roleplay.intensityHint')}</p>
			<dl className="mt-3 grid gap-3">
				{METER_IDS.map((meter) => {
					const delta = deltaOf(meter);
					return (
						<div key={meter} data-meter={meter}>
							<dt className="flex justify-between gap-2 text-sm font-semibold">
								<span>{meterLabel(meter)}</span>
							</dt>
							<dd className="text-sm">
								<span className="flex justify-between gap-2">
									<span data-meter-value>{t('roleplay.meterValue', { value: meters[meter] })}</span>
									{delta !== undefined && (
										<span className={delta > 0 ? 'delta-up' : 'delta-down'}>{signed(delta)}</span>
									)}
								</span>
								<svg
									className="mt-1 block h-2 w-full"
									viewBox={`0 0 ${METER_MAX} 4`}
									preserveAspectRatio="none"
									aria-hidden="true"
								>
									<rect width={METER_MAX} height="4" className="meter-track" />
									<rect width={meters[meter]} height="4" className={`meter-fill meter-${meter}`} />
								</svg>
							</dd>
						</div>
					);
				})}
			</dl>
		</div>
	);
}
