import { openProgressStore } from '../../client/progress/store';
import { mountWithData } from '../shared/island-data';
import type { DashboardData } from '../shared/course-data';
import { AcceptAssignment } from './AcceptAssignment';

/** The assignment page's island (see scripts/mount-islands.ts). */
export function mountAssignment(element: HTMLElement): void {
	mountWithData<DashboardData>(
		element,
		(data) => <AcceptAssignment data={data} />,
		openProgressStore,
	);
}
