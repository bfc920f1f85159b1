import type { RoleplayRun } from '../../schemas/stored/roleplay-run';

/**
 * Where role-plays keep what must outlive a page: the conversation in progress (an XState persisted
 * snapshot per scenario) and finished runs.
 *
 * This module defines the boundary and an in-memory implementation (tests, the seminar room). The
 * island's mount (islands/roleplay/mount.tsx) fills it with the progress store (`src/client/progress/`,
 * the one module that touches localStorage; `client/progress/roleplay-persistence.ts`) and passes it in, as
 * XState's examples provide a machine's effects at the edge.
 *
 * Callers hand over and receive `unknown` snapshots: whatever comes back is validated before use
 * (`restore-snapshot.ts`), because stored data may be old, edited or broken.
 *
 * A finished run is the stored `RoleplayRun` (schemas/stored/roleplay-run.ts) without the id the
 * store gives it, and with its scenario. This file imports only the type.
 */
export interface RoleplayPersistence {
	/** The snapshot saved for a scenario, or undefined if there is none. Not validated. */
	loadSnapshot(scenarioId: string): unknown | undefined;
	/** Saves the conversation in progress, replacing an earlier one. */
	saveSnapshot(scenarioId: string, snapshot: unknown): void;
	/** Forgets the conversation in progress. */
	clearSnapshot(scenarioId: string): void;
	/** Keeps a finished run (shown on the dashboard). */
	recordRun(run: FinishedRun): void;
}

/** A run as the role-play hands it over when a conversation reaches an ending. */
export type FinishedRun = Omit<RoleplayRun, 'id'> & { scenarioId: string };

/** Keeps everything in this page's memory. Snapshots are cloned so callers cannot change what is kept. */
export class InMemoryRoleplayPersistence implements RoleplayPersistence {
	readonly #snapshots = new Map<string, unknown>();
	readonly #runs: FinishedRun[] = [];

	loadSnapshot(scenarioId: string): unknown | undefined {
		return this.#snapshots.has(scenarioId)
			? structuredClone(this.#snapshots.get(scenarioId))
			: undefined;
	}

	saveSnapshot(scenarioId: string, snapshot: unknown): void {
		this.#snapshots.set(scenarioId, structuredClone(snapshot));
	}

	clearSnapshot(scenarioId: string): void {
		this.#snapshots.delete(scenarioId);
	}

	recordRun(run: FinishedRun): void {
		this.#runs.push(structuredClone(run));
	}

	/** Runs recorded so far, oldest first. */
	runs(): FinishedRun[] {
		return structuredClone(this.#runs);
	}
}
