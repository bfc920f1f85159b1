import { createRoot } from 'react-dom/client';
import QuizIsland from '../QuizIsland';

/** Renders a knowledge check into its placeholder (see scripts/mount-islands.ts). */
export function mountQuiz(element: HTMLElement): void {
	const { islandId, islandSrc, islandLoading = '', islandLoadFailed = '' } = element.dataset;
	if (!islandId || !islandSrc) return;
	createRoot(element).render(<QuizIsland id={islandId} src={islandSrc} loading={islandLoading} loadFailed={islandLoadFailed} />);
}
