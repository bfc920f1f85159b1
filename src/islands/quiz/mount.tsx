import type { Messages } from '../../i18n';
import type { Quiz } from '../../schemas/quiz';
import { openProgressStore } from '../../lib/progress/store';
import { mountWithData } from '../shared/island-data';
import { QuizView } from './QuizView';

/** Renders a knowledge check into its placeholder once its data (`/wissenscheck/<id>.json`) has loaded. */
export function mountQuiz(element: HTMLElement): void {
	const id = element.dataset.islandId;
	if (id) mountWithData<{ quiz: Quiz; messages: Messages }>(element, (data) => <QuizView id={id} quiz={data.quiz} />, openProgressStore);
}
