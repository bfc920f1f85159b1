import { useEffect, useState } from 'react';
import type { Messages } from '../i18n';
import { provideMessages, t } from '../i18n/client';
import type { RoleplayPersistence } from '../lib/roleplay/persistence';
import { openRoleplaySession, type RoleplaySession } from '../lib/roleplay/session';
import type { Roleplay } from '../schemas/roleplay';
import RoleplayPlayer from './roleplay/RoleplayPlayer';

interface Props {
	scenarioId: string;
	scenario: Roleplay;
	/** The island's UI strings (`messagesFor('roleplay.')`): the whole dictionary would cost 3 KB gzip. */
	messages: Messages;
	/** Where the conversation and finished runs are kept: the progress store, provided by the mount. */
	persistence: RoleplayPersistence;
}

/**
 * The role-play island, mounted by the page script when it nears the viewport (islands/roleplay/mount.tsx).
 * The stored conversation is read in an effect, after the first render, as the store lives in the browser.
 */
export default function RoleplayIsland({ scenarioId, scenario, messages, persistence }: Props) {
	provideMessages(messages);
	const [session, setSession] = useState<RoleplaySession>();
	useEffect(
		() => setSession(openRoleplaySession(scenarioId, scenario, persistence)),
		[scenarioId, scenario, persistence],
	);
	return session ? (
		<RoleplayPlayer session={session} />
	) : (
		<p className="card text-muted">{t('roleplay.loading')}</p>
	);
}
