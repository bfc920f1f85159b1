import type { Messages } from '../../i18n';
import type { PlannerCatalog } from '../../lib/seminar/agenda';

/** What the seminar planner loads (/seminar/daten.json): the course's running orders and its strings. */
export interface SeminarData {
	catalog: PlannerCatalog;
	/** Per module: minutes (its duration) and address, for the choice list. */
	modules: { id: string; title: string; duration: number }[];
	/** Per role-play: the modules it practises, for the choice list. */
	roleplays: { id: string; title: string; modules: string[]; minutes: number }[];
	materials: { id: string; title: string; href: string }[];
	messages: Messages;
}
