import type { Question, Quiz } from '../../schemas/quiz';
import { displayOrder, drawQuestions } from './draw';

/**
 * One attempt of a knowledge check as the learner sees it: the questions drawn, in the order shown,
 * and each one's option order. A pure function of the quiz key and the attempt number, so the island
 * shows the same attempt after a reload, and tests can play exactly what a learner sees.
 */
export interface AttemptRound {
	attempt: number;
	questions: Question[];
	/** Question id → display order (see draw.ts `displayOrder`). */
	orders: Record<string, number[]>;
}

/** The number of the next attempt: one past the highest recorded (or counted) so far. */
export function nextAttemptNumber(attempts: readonly { attempt?: number }[]): number {
	return (
		attempts.reduce((highest, stored, index) => Math.max(highest, stored.attempt ?? index + 1), 0) +
		1
	);
}

export type DrawnQuiz = Pick<Quiz, 'questions' | 'passMark' | 'draw'> & {
	groups?: Record<string, string>;
};

export function attemptRound(key: string, quiz: DrawnQuiz, attempt: number): AttemptRound {
	const byId = new Map(quiz.questions.map((q) => [q.id, q]));
	const pool = quiz.questions.map((q) => ({ id: q.id, type: q.type, group: quiz.groups?.[q.id] }));
	const ids = drawQuestions(
		pool,
		{ key, count: quiz.draw ?? quiz.questions.length, passMark: quiz.passMark },
		attempt,
	);
	const questions = ids.map((id) => byId.get(id)!);
	return {
		attempt,
		questions,
		orders: Object.fromEntries(questions.map((q) => [q.id, displayOrder(key, q, attempt)])),
	};
}
