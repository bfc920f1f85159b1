import type { Question, Quiz } from '../../schemas/quiz';
import type { Answer } from '../../lib/quiz/scoring';

/** What the quiz island receives from the page: the validated quiz, as plain data. */
export interface QuizProps {
	id: string;
	quiz: Quiz;
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
