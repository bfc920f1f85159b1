import { createRoot } from 'react-dom/client';
import QuizIsland from '../QuizIsland';

/** Renders a knowledge check into its placeholder (see scripts/module-progress.ts). */
export function mountQuiz(element: HTMLElement): void {
	const { quizId, quizSrc, quizLoading = '', quizLoadFailed = '' } = element.dataset;
	if (!quizId || !quizSrc) return;
	createRoot(element).render(<QuizIsland id={quizId} src={quizSrc} loading={quizLoading} loadFailed={quizLoadFailed} />);
}
