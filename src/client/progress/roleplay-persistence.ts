import type { FinishedRun, RoleplayPersistence } from '../../lib/roleplay/persistence';
import { newRecordId, type ProgressStore } from './store';

/**
 * The role-play persistence boundary (lib/roleplay/persistence.ts) filled by the progress store:
 * the conversation in progress and finished runs live in `bzw:progress` with everything else.
 */
export class StoreRoleplayPersistence implements RoleplayPersistence {
	constructor(private readonly store: ProgressStore) {}

	loadSnapshot(scenarioId: string): unknown | undefined {
		return this.store.getState().roleplaySnapshots[scenarioId]?.snapshot;
	}

	saveSnapshot(scenarioId: string, snapshot: unknown): void {
		this.store.saveRoleplaySnapshot(scenarioId, snapshot);
	}

	clearSnapshot(scenarioId: string): void {
		this.store.clearRoleplaySnapshot(scenarioId);
	}

	recordRun(run: FinishedRun): void {
		const { scenarioId, ...rest } = run;
		this.store.recordRoleplayRun(scenarioId, { id: newRecordId(), ...rest });
	}
}
