import { mountWithData } from '../shared/island-data';
import { AssignmentComposer } from './AssignmentComposer';
import type { HrData } from './types';

/** The HR page "Zuweisen" (see scripts/mount-islands.ts). */
export function mountComposer(element: HTMLElement): void {
	mountWithData<HrData>(element, (data) => <AssignmentComposer data={data} />);
}
