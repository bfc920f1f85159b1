import { openProgressStore } from '../../client/progress/store';
import { registerWorkbenchSchemas } from '../../lib/progress/workbench-schemas';
import { mountWithData } from '../shared/island-data';
import type { WorkbenchData } from './types';
import { Workbench } from './Workbench';

/** The workbench's island (see scripts/mount-islands.ts). */
export function mountWorkbench(element: HTMLElement): void {
	registerWorkbenchSchemas(); // before the store reads anything (lib/progress/workbench-schemas.ts)
	mountWithData<WorkbenchData>(element, (data) => <Workbench data={data} />, openProgressStore);
}
