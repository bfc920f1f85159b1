/**
 * The xAPI outbox: statements wait here until the learning record store has confirmed them. Pure:
 * the sender (not yet written) asks which statements are due, sends each with PUT under its own id,
 * and reports the HTTP status back. Offline, a failed request, a full LRS or a 5xx never lose a
 * statement; a conflict means the LRS already holds it; any other 4xx is a refusal that is shown to
 * the learner and kept for export, not retried forever. The store (a later step) keeps the outbox
 * with the rest of the progress, so it survives reloads, tabs and export/import.
 */

export interface QueuedStatement {
	/** The statement's UUID; also the key, so no statement is queued twice. */
	id: string;
	statement: Record<string, unknown>;
	queuedAt: string;
	state: 'pending' | 'sent' | 'refused';
	attempts: number;
	/** Not before this time: the back-off after a failed try. */
	nextAttemptAt?: string;
	sentAt?: string;
	/** Why the LRS refused it, as it said. */
	refusal?: { status: number; message: string };
}

export type Outbox = Readonly<Record<string, QueuedStatement>>;

export type SendOutcome =
	| { kind: 'stored' }
	| { kind: 'retry'; status?: number }
	| { kind: 'refused'; status: number; message: string };

/** What an answer of the LRS (or none at all) means for the statement that was sent. */
export function classify(status: number | 'network-error', message = ''): SendOutcome {
	if (status === 'network-error') return { kind: 'retry' };
	// 204 for PUT /statements; 409: a statement with this id is stored already — ours, sent before.
	if ((status >= 200 && status < 300) || status === 409) return { kind: 'stored' };
	// Timeouts, rate limits, a full store (507) and server errors pass; the statement waits.
	if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', status };
	return { kind: 'refused', status, message: message.slice(0, 300) };
}

/** Adds statements that are not queued yet; a statement already in the outbox stays as it is. */
export function enqueue(
	outbox: Outbox,
	statements: readonly { id: string }[],
	now: string,
): Record<string, QueuedStatement> {
	const next: Record<string, QueuedStatement> = { ...outbox };
	for (const statement of statements)
		if (!Object.hasOwn(next, statement.id))
			next[statement.id] = {
				id: statement.id,
				statement: statement as Record<string, unknown>,
				queuedAt: now,
				state: 'pending',
				attempts: 0,
			};
	return next;
}

/** Pending statements whose back-off has passed, the oldest first, at most `max`. */
export function due(outbox: Outbox, now: string, max = 50): QueuedStatement[] {
	return Object.values(outbox)
		.filter(
			(entry) =>
				entry.state === 'pending' &&
				(entry.nextAttemptAt === undefined || entry.nextAttemptAt <= now),
		)
		.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id))
		.slice(0, max);
}

/** Seconds to wait after the n-th failed try: 5 s, 10 s, 20 s … at most an hour. */
export const backoffSeconds = (attempts: number): number =>
	Math.min(3600, 5 * 2 ** Math.max(0, attempts - 1));

/** The outbox after one statement's try. A statement that was not queued is left alone. */
export function settle(
	outbox: Outbox,
	id: string,
	outcome: SendOutcome,
	now: string,
): Record<string, QueuedStatement> {
	const entry = outbox[id];
	if (!entry || entry.state !== 'pending') return { ...outbox };
	const attempts = entry.attempts + 1;
	const next: QueuedStatement =
		outcome.kind === 'stored'
			? { ...entry, attempts, state: 'sent', sentAt: now }
			: outcome.kind === 'refused'
				? {
						...entry,
						attempts,
						state: 'refused',
						refusal: { status: outcome.status, message: outcome.message },
					}
				: {
						...entry,
						attempts,
						nextAttemptAt: new Date(
							Date.parse(now) + backoffSeconds(attempts) * 1000,
						).toISOString(),
					};
	return { ...outbox, [id]: next };
}

/**
 * Keeps the outbox from growing without end: every pending and refused statement stays, of the sent
 * ones the newest `keepSent` (what "Mein Lernstand" shows as sent).
 */
export function prune(outbox: Outbox, keepSent = 200): Record<string, QueuedStatement> {
	const sent = Object.values(outbox)
		.filter((entry) => entry.state === 'sent')
		.sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? ''));
	const dropped = new Set(sent.slice(keepSent).map((entry) => entry.id));
	return Object.fromEntries(Object.entries(outbox).filter(([id]) => !dropped.has(id)));
}
