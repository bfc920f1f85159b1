import { openProgressStore } from '../../client/progress/store';
import { registerWorkbenchSchemas } from '../../lib/progress/workbench-schemas';
import { mountWithData } from '../shared/island-data';
import { Dashboard } from './Dashboard';
import type { DashboardData } from '../shared/course-data';

/** Renders "Mein Lernstand" once the course structure (`/lernstand/kurs.json`) has loaded. */
export function mountDashboard(element: HTMLElement): void {
	registerWorkbenchSchemas(); // it lists the workbench's follow-ups and imports progress files
	mountWithData<DashboardData>(element, (data) => <Dashboard data={data} />, openProgressStore);
}
