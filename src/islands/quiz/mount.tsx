import type { Messages } from '../../i18n';
import type { Quiz } from '../../schemas/quiz';
import { openProgressStore } from '../../client/progress/store';
import { mountWithData } from '../shared/island-data';
import { QuizView } from './QuizView';

/** Renders a knowledge check into its placeholder once its data (`/wissenscheck/<id>.json`) has loaded. */
export function mountQuiz(element: HTMLElement): void {
	const id = element.dataset.islandId;
	if (id)
		mountWithData<{ quiz: Quiz; messages: Messages }>(
			element,
			(data) => <QuizView id={id} quiz={data.quiz} />,
			openProgressStore,
		);
}

/**
 * A path test page's island (mount-path-test.tsx). Loaded from here so that it shares this chunk's
 * quiz code instead of splitting it into a chunk of its own, which every module page would fetch too.
 */
export const mountPathTest = (element: HTMLElement): Promise<void> =>
	import('./mount-path-test').then((m) => m.mountPathTest(element));
