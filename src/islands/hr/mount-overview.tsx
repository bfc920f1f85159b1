import { mountWithData } from '../shared/island-data';
import { TeamOverview } from './TeamOverview';
import type { HrData } from './types';

/** The HR page "Übersicht" (see scripts/mount-islands.ts). */
export function mountOverview(element: HTMLElement): void {
	mountWithData<HrData>(element, (data) => <TeamOverview data={data} />);
}
