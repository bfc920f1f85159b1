import { openProgressStore } from '../../client/progress/store';
import { mountWithData } from '../shared/island-data';
import type { DashboardData } from '../shared/course-data';
import { RecordSheet } from './RecordSheet';

/** The completion record page's island (see scripts/mount-islands.ts). */
export function mountRecord(element: HTMLElement): void {
	mountWithData<DashboardData>(element, (data) => <RecordSheet data={data} />, openProgressStore);
}
