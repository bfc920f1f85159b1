import type { Question, Quiz } from '../../schemas/quiz';
import type { Answer } from '../../lib/quiz/scoring';

/** What the quiz island receives from the page: the validated quiz, as plain data. */
export interface QuizProps {
	/** The key attempts are stored under: the quiz id, or a path test's key (lib/quiz/path-test.ts). */
	id: string;
	/** A path test also names each question's group (the module check it comes from). */
	quiz: Quiz & { groups?: Record<string, string> };
}

/** Display order per question: option indices (choice), item order (ordering) or right-side order (matching). */
export type DisplayOrders = Record<string, number[]>;

export interface QuestionProps {
	question: Question;
	number: number;
	total: number;
	answer: Answer;
	order: number[];
	/** Locked and showing feedback. */
	revealed: boolean;
	onAnswer: (answer: Answer) => void;
	announce: (message: string) => void;
}
