import type { QuizStats } from '../progress/completion';

/**
 * The learning gain of a path: the final test's best score minus the entry test's result, in
 * percentage points; undefined until both were taken. The entry test is taken once, so its first
 * result counts.
 */
export function learningGain(
	entry: Pick<QuizStats, 'first'>,
	final: Pick<QuizStats, 'best'>,
): number | undefined {
	return entry.first === undefined || final.best === undefined
		? undefined
		: final.best - entry.first;
}

/** The values of the "{sign}{points} Prozentpunkte" line. */
export const gainValues = (gain: number): { sign: string; points: number } => ({
	sign: gain > 0 ? '+' : gain < 0 ? '−' : '±',
	points: Math.abs(gain),
});
