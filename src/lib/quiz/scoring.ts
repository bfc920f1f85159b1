import type { Question, Quiz } from '../../schemas/quiz';

/**
 * Scoring of knowledge checks. Answers refer to options by their index in the authored order,
 * so shuffling for display never changes what is stored. Each question is worth one point and
 * counts only when fully right (all correct options and no other; the whole order; every pair).
 */
export type Answer = number | number[] | boolean | undefined;
export type Answers = Record<string, Answer>;

export function isAnswered(question: Question, answer: Answer): boolean {
	switch (question.type) {
		case 'single':
			return typeof answer === 'number';
		case 'multiple':
			return Array.isArray(answer) && answer.length > 0;
		case 'truefalse':
			return typeof answer === 'boolean';
		case 'ordering':
			return Array.isArray(answer) && answer.length === question.items.length;
		case 'matching':
			return (
				Array.isArray(answer) &&
				answer.length === question.pairs.length &&
				answer.every((a) => a >= 0)
			);
	}
}

export function isCorrect(question: Question, answer: Answer): boolean {
	if (!isAnswered(question, answer)) return false;
	switch (question.type) {
		case 'single':
			return question.options[answer as number]?.correct === true;
		case 'multiple': {
			const chosen = new Set(answer as number[]);
			return question.options.every((option, index) => option.correct === chosen.has(index));
		}
		case 'truefalse':
			return answer === question.answer;
		case 'ordering':
		case 'matching':
			// Ordering: authored indices in the learner's order. Matching: chosen right side per left item.
			return (answer as number[]).every((value, index) => value === index);
	}
}

export type QuizResult = {
	correct: number;
	total: number;
	/** Percent, whole number. */
	score: number;
	passed: boolean;
};

export function scoreQuiz(
	quiz: Pick<Quiz, 'questions' | 'passMark'>,
	answers: Answers,
): QuizResult {
	const correct = quiz.questions.filter((question) =>
		isCorrect(question, answers[question.id]),
	).length;
	const total = quiz.questions.length;
	const score = Math.round((correct / total) * 100);
	return { correct, total, score, passed: score >= quiz.passMark };
}
