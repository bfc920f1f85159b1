import type { Assessment } from '../../schemas/assessment';
import { t } from '../../i18n/client';
import { bandFor, compareScores } from '../../lib/assessment/scoring';
import { RadarChart } from './RadarChart';

interface Props {
	assessment: Assessment;
	scores: Record<string, number>;
	previous?: Record<string, number>;
	headingLevel?: 'h3' | 'h4';
}

const number = (value: number) => value.toLocaleString('de-DE', { maximumFractionDigits: 2 });

/** The profile of one result: radar chart, the same values as a table, and per dimension the authored interpretation and advice. */
export function ProfileView({ assessment, scores, previous, headingLevel: Heading = 'h3' }: Props) {
	const trends = previous ? compareScores(previous, scores) : {};
	const axes = assessment.dimensions.map((d) => ({ id: d.id, label: d.title }));
	return (
		<div>
			<div className="grid items-start gap-6">
				<RadarChart
					axes={axes}
					min={assessment.scale.min}
					max={assessment.scale.max}
					series={[
						...(previous
							? [{ label: t('assessment.previous'), values: previous, dashed: true }]
							: []),
						{ label: t('assessment.current'), values: scores },
					]}
					title={t('assessment.chartTitle', { title: assessment.title })}
					description={t('assessment.chartDescription', {
						min: assessment.scale.min,
						max: assessment.scale.max,
					})}
				/>
				<table className="w-full border-collapse text-sm">
					<caption className="sr-only">
						{t('assessment.chartTitle', { title: assessment.title })}
					</caption>
					<thead>
						<tr>
							<th scope="col" className="border border-line p-2 text-left">
								{t('assessment.dimension')}
							</th>
							<th scope="col" className="border border-line p-2 text-left">
								{t('assessment.current')}
							</th>
							{previous && (
								<th scope="col" className="border border-line p-2 text-left">
									{t('assessment.change')}
								</th>
							)}
						</tr>
					</thead>
					<tbody>
						{assessment.dimensions.map((d) => {
							const trend = trends[d.id];
							return (
								<tr key={d.id}>
									<th scope="row" className="border border-line p-2 text-left font-normal">
										{d.title}
									</th>
									<td className="border border-line p-2">
										{scores[d.id] !== undefined ? number(scores[d.id]!) : '–'}
									</td>
									{previous && (
										<td className="border border-line p-2">
											{trend
												? trend.trend === 'same'
													? t('assessment.same')
													: `${trend.trend === 'rose' ? '▲' : '▼'} ${t(`assessment.${trend.trend}`, { delta: number(Math.abs(trend.delta)) })}`
												: '–'}
										</td>
									)}
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			<ul className="mt-6 space-y-4">
				{assessment.dimensions.map((d) => {
					const score = scores[d.id];
					if (score === undefined) return null;
					const band = bandFor(d, score);
					return (
						<li key={d.id} className="rounded-md border border-line p-4">
							<Heading className="font-semibold">
								{d.title}: {band.label} ({number(score)})
							</Heading>
							<p className="mt-1">{band.interpretation}</p>
							<p className="mt-1">
								<strong>{t('assessment.advice')}:</strong> {band.advice}
							</p>
						</li>
					);
				})}
			</ul>
		</div>
	);
}
