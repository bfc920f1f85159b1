import { createRoot } from 'react-dom/client';
import type { Messages } from '../../i18n';
import { StoreRoleplayPersistence } from '../../client/progress/roleplay-persistence';
import { openProgressStore } from '../../client/progress/store';
import type { Roleplay } from '../../schemas/roleplay';
import RoleplayIsland from '../RoleplayIsland';
import { readEmbeddedData } from '../shared/embedded-data';

export interface RoleplayIslandData {
	scenarioId: string;
	scenario: Roleplay;
	messages: Messages;
}

/** Renders the role-play conversation into its placeholder, from the data the page embedded. */
export async function mountRoleplay(element: HTMLElement): Promise<void> {
	const data = readEmbeddedData<RoleplayIslandData>(element);
	if (!data) throw new Error('Rollenspiel: Die Daten der Seite fehlen.'); // mount-islands shows the failure text
	// The effect is wired here: a run in progress resumes from the progress store, and runs go to it.
	const persistence = new StoreRoleplayPersistence(await openProgressStore());
	createRoot(element).render(<RoleplayIsland {...data} persistence={persistence} />);
}
