import type { RoleplayRun } from '../../schemas/roleplay-run';

/**
 * Where role-plays keep what must outlive a page: the conversation in progress (an XState persisted
 * snapshot per scenario) and finished runs.
 *
 * This module defines the boundary and an in-memory implementation (tests, the seminar room). The
 * island's mount (islands/roleplay/mount.tsx) fills it with the progress store (`src/lib/progress/`,
 * the one module that touches localStorage; `progress/roleplay-persistence.ts`) and passes it in, as
 * XState's examples provide a machine's effects at the edge.
 *
 * Callers hand over and receive `unknown` snapshots: whatever comes back is validated before use
 * (`restore-snapshot.ts`), because stored data may be old, edited or broken.
 *
 * A run's shape is `RoleplayRun`; its Zod schema, `RoleplayRunSchema`, is in `src/schemas/roleplay-run.ts`
 * for the store to validate what it reads. This file imports only the type, so the island's bundle
 * carries no schema library.
 */
export interface RoleplayPersistence {
	/** The snapshot saved for a scenario, or undefined if there is none. Not validated. */
	loadSnapshot(scenarioId: string): unknown | undefined;
	/** Saves the conversation in progress, replacing an earlier one. */
	saveSnapshot(scenarioId: string, snapshot: unknown): void;
	/** Forgets the conversation in progress. */
	clearSnapshot(scenarioId: string): void;
	/** Keeps a finished run (shown on the dashboard). */
	recordRun(run: RoleplayRun): void;
}

export type { RoleplayRun };

/** Keeps everything in this page's memory. Snapshots are cloned so callers cannot change what is kept. */
export class InMemoryRoleplayPersistence implements RoleplayPersistence {
	readonly #snapshots = new Map<string, unknown>();
	readonly #runs: RoleplayRun[] = [];

	loadSnapshot(scenarioId: string): unknown | undefined {
		return this.#snapshots.has(scenarioId) ? structuredClone(this.#snapshots.get(scenarioId)) : undefined;
	}

	saveSnapshot(scenarioId: string, snapshot: unknown): void {
		this.#snapshots.set(scenarioId, structuredClone(snapshot));
	}

	clearSnapshot(scenarioId: string): void {
		this.#snapshots.delete(scenarioId);
	}

	recordRun(run: RoleplayRun): void {
		this.#runs.push(structuredClone(run));
	}

	/** Runs recorded so far, oldest first. */
	runs(): RoleplayRun[] {
		return structuredClone(this.#runs);
	}
}
