import { initialTransition, transition, type Snapshot } from 'xstate';
import type { RoleplayMachine } from './machine';

/**
 * Decides whether a stored conversation can be continued. A stored snapshot is trusted only if
 * replaying its steps from the start through the machine gives exactly the same state: that rejects
 * edited or corrupted data, and snapshots from an older version of the scenario, alike.
 */

export type RestoreResult =
	| { kind: 'fresh' }
	| { kind: 'restored'; snapshot: Snapshot<unknown> }
	/** Something was stored but cannot be continued; the learner starts afresh and is told. */
	| { kind: 'invalid' };

/** Just enough shape to replay; everything else is compared against the replay. */
interface StoredShape {
	status: 'active';
	value: string;
	context: { startedAt: string; seed?: string; history: { choiceId: string }[] };
}

const MAX_STEPS = 1000;
const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A hand-written guard rather than a Zod schema: it keeps the schema library out of the island's bundle. */
function hasStoredShape(value: unknown): value is StoredShape {
	if (
		!isRecord(value) ||
		value.status !== 'active' ||
		typeof value.value !== 'string' ||
		!isRecord(value.context)
	)
		return false;
	const { startedAt, history } = value.context;
	return (
		typeof startedAt === 'string' &&
		(value.context.seed === undefined || typeof value.context.seed === 'string') &&
		!Number.isNaN(Date.parse(startedAt)) &&
		Array.isArray(history) &&
		history.length <= MAX_STEPS &&
		history.every((step) => isRecord(step) && typeof step.choiceId === 'string')
	);
}

export function restoreSnapshot(machine: RoleplayMachine, stored: unknown): RestoreResult {
	if (stored === undefined || stored === null) return { kind: 'fresh' };
	if (!hasStoredShape(stored)) return { kind: 'invalid' };
	// A conversation stored before choices were shuffled had no seed: its start time seeds its order.
	const saved = {
		...stored,
		context: { ...stored.context, seed: stored.context.seed ?? stored.context.startedAt },
	};

	let [snapshot] = initialTransition(machine, {
		startedAt: saved.context.startedAt,
		seed: saved.context.seed,
	});
	for (const { choiceId } of saved.context.history) {
		const [next] = transition(machine, snapshot, { type: 'user.choose', choiceId });
		if (next.context.history.length !== snapshot.context.history.length + 1)
			return { kind: 'invalid' };
		snapshot = next;
	}
	if ((snapshot.value as unknown) !== saved.value || !sameData(snapshot.context, saved.context))
		return { kind: 'invalid' };
	return { kind: 'restored', snapshot: machine.getPersistedSnapshot(snapshot) };
}

/** Structural equality of JSON-like data (key order ignored). */
function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	return (
		keysA.length === keysB.length &&
		keysA.every(
			(key) =>
				Object.hasOwn(b, key) &&
				sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
		)
	);
}
