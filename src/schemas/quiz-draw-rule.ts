/**
 * The rule that keeps guessing from passing a drawn knowledge check. A single- or multiple-choice
 * question and a true/false statement can be hit by a fixed pattern (always the first option,
 * always "falsch"); an ordering question starts shuffled and a matching question needs a different
 * answer per row, so no fixed pattern solves them. Each draw therefore holds so many of these
 * constructed questions that all the others together stay below the pass mark.
 * Shared by the quiz schema (which checks the pool) and lib/quiz/draw.ts (which draws).
 */

export const CONSTRUCTED_TYPES = ['ordering', 'matching'] as const;

export function isConstructedType(type: string): boolean {
	return (CONSTRUCTED_TYPES as readonly string[]).includes(type);
}

/** Fewest questions, of `total`, that pass the mark: the score is rounded to whole percent. */
export function questionsToPass(total: number, passMark: number): number {
	for (let correct = 0; correct <= total; correct++)
		if (Math.round((correct / total) * 100) >= passMark) return correct;
	return total;
}

/** Constructed questions each draw of `total` needs, so that every guessable one right still fails. */
export function constructedPerDraw(total: number, passMark: number): number {
	return Math.min(total, total - (questionsToPass(total, passMark) - 1));
}
