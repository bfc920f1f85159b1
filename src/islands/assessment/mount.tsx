import type { Messages } from '../../i18n';
import type { Assessment } from '../../schemas/assessment';
import { openProgressStore } from '../../client/progress/store';
import { mountWithData } from '../shared/island-data';
import { AssessmentView } from './AssessmentView';

/** Renders a self-assessment once its data (`/selbsteinschaetzung/<id>.json`) has loaded. */
export function mountAssessment(element: HTMLElement): void {
	const id = element.dataset.islandId;
	if (id)
		mountWithData<{ assessment: Assessment; messages: Messages }>(
			element,
			(data) => <AssessmentView id={id} assessment={data.assessment} />,
			openProgressStore,
		);
}
