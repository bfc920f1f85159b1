import { openProgressStore } from '../../client/progress/store';
import { mountWithData } from '../shared/island-data';
import { SeminarPlanner } from './SeminarPlanner';
import type { SeminarData } from './types';

/** The seminar planner's island (see scripts/mount-islands.ts). */
export function mountSeminarPlanner(element: HTMLElement): void {
	mountWithData<SeminarData>(element, (data) => <SeminarPlanner data={data} />, openProgressStore);
}
