import type { Assessment, Dimension } from '../../schemas/assessment';

/**
 * Scoring of self-assessments: a dimension's score is the mean of its items on the answer scale,
 * with reverse items mirrored (on 1–5, a 2 counts as 4). Interpretation bands are [min, max),
 * the last one including the scale's maximum.
 */
export type LikertAnswers = Record<string, number>;
type Band = Dimension['bands'][number];

export function dimensionScore(
	dimension: Dimension,
	scale: Assessment['scale'],
	answers: LikertAnswers,
): number | undefined {
	const values = dimension.items.map((item) => {
		const value = answers[item.id];
		if (value === undefined) return undefined;
		return item.reverse ? scale.min + scale.max - value : value;
	});
	if (values.some((v) => v === undefined)) return undefined;
	return Math.round(((values as number[]).reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}

export function scoreAssessment(
	assessment: Pick<Assessment, 'dimensions' | 'scale'>,
	answers: LikertAnswers,
): Record<string, number> {
	const scores: Record<string, number> = {};
	for (const dimension of assessment.dimensions) {
		const score = dimensionScore(dimension, assessment.scale, answers);
		if (score !== undefined) scores[dimension.id] = score;
	}
	return scores;
}

export function bandFor(dimension: Pick<Dimension, 'bands'>, score: number): Band {
	const bands = dimension.bands;
	return (
		bands.find(
			(band, index) => score >= band.min && (score < band.max || index === bands.length - 1),
		) ?? bands[bands.length - 1]!
	);
}

export type Trend = 'rose' | 'fell' | 'same';

/** Per dimension: how the score moved since the previous result (changes under 0.05 count as the same). */
export function compareScores(
	previous: Record<string, number>,
	current: Record<string, number>,
): Record<string, { delta: number; trend: Trend }> {
	const out: Record<string, { delta: number; trend: Trend }> = {};
	for (const [id, score] of Object.entries(current)) {
		const before = previous[id];
		if (before === undefined) continue;
		const delta = Math.round((score - before) * 100) / 100;
		out[id] = { delta, trend: Math.abs(delta) < 0.05 ? 'same' : delta > 0 ? 'rose' : 'fell' };
	}
	return out;
}
