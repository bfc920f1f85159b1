import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { StoreRoleplayPersistence } from '../../../src/client/progress/roleplay-persistence';
import {
	InMemoryRoleplayPersistence,
	type FinishedRun,
} from '../../../src/lib/roleplay/persistence';
import { FakeStorage, storeOn } from '../progress/fake-storage';
import { restoreSnapshot } from '../../../src/lib/roleplay/restore-snapshot';
import { openRoleplaySession } from '../../../src/lib/roleplay/session';
import { createRoleplayMachine } from '../../../src/lib/roleplay/machine';
import * as v from 'valibot';
import { RoleplayRunSchema } from '../../../src/schemas/stored/roleplay-run';
import { fixtureScenario } from './fixture';

const machine = createRoleplayMachine(fixtureScenario());
const startedAt = '2025-03-01T09:00:00.000Z';

/** A persisted snapshot after some choices, as JSON (what a store hands back). */
function storedAfter(...choiceIds: string[]): unknown {
	const actor = createActor(machine, { input: { startedAt, seed: 'fest' } }).start();
	for (const choiceId of choiceIds) actor.send({ type: 'user.choose', choiceId });
	return JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
}

function withStep(stored: unknown, step: { nodeId: string; choiceId: string }): unknown {
	const copy = structuredClone(stored) as {
		context: { history: object[]; meters: object; flags: string[] };
	};
	copy.context.history.push({ ...step, meters: copy.context.meters, flags: copy.context.flags });
	return copy;
}

describe('InMemoryRoleplayPersistence', () => {
	it('keeps snapshots per scenario, as copies, until cleared', () => {
		const persistence = new InMemoryRoleplayPersistence();
		const snapshot = { value: 'a', context: { n: 1 } };
		persistence.saveSnapshot('eins', snapshot);
		snapshot.context.n = 2;
		expect(persistence.loadSnapshot('eins')).toEqual({ value: 'a', context: { n: 1 } });
		expect(persistence.loadSnapshot('zwei')).toBeUndefined();
		persistence.clearSnapshot('eins');
		expect(persistence.loadSnapshot('eins')).toBeUndefined();
	});

	it('keeps runs in order', () => {
		const persistence = new InMemoryRoleplayPersistence();
		const run: FinishedRun = {
			scenarioId: 'eins',
			startedAt,
			finishedAt: startedAt,
			path: ['a'],
			meters: {
				sympathie: 1,
				anerkennung: 2,
				vertrauen: 3,
				gegenseitigkeit: 4,
				intensitaet: 5,
				kompetenz: 6,
			},
			endingId: 'ende',
			outcome: 'neutral',
		};
		persistence.recordRun(run);
		persistence.recordRun({ ...run, endingId: 'anderes' });
		expect(persistence.runs().map((r) => r.endingId)).toEqual(['ende', 'anderes']);
	});
});

describe('StoreRoleplayPersistence', () => {
	it('keeps snapshots and runs in the progress store', () => {
		const run: FinishedRun = {
			scenarioId: 'eins',
			startedAt,
			finishedAt: startedAt,
			path: ['a'],
			meters: {
				sympathie: 1,
				anerkennung: 2,
				vertrauen: 3,
				gegenseitigkeit: 4,
				intensitaet: 5,
				kompetenz: 6,
			},
			endingId: 'ende',
			outcome: 'neutral',
		};
		const storage = new FakeStorage();
		const persistence = new StoreRoleplayPersistence(storeOn(storage));
		persistence.saveSnapshot('szene', { value: 'start' });
		persistence.recordRun(run);
		const reloaded = new StoreRoleplayPersistence(storeOn(storage));
		expect(reloaded.loadSnapshot('szene')).toEqual({ value: 'start' });
		reloaded.clearSnapshot('szene');
		expect(new StoreRoleplayPersistence(storeOn(storage)).loadSnapshot('szene')).toBeUndefined();
		const stored = storeOn(storage).getState().roleplayRuns[run.scenarioId]!;
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({
			path: run.path,
			endingId: run.endingId,
			outcome: run.outcome,
			meters: run.meters,
		});
	});
});

describe('restoreSnapshot', () => {
	it('starts fresh when nothing is stored', () => {
		expect(restoreSnapshot(machine, undefined)).toEqual({ kind: 'fresh' });
	});

	it('restores a conversation in progress and one at its ending', () => {
		for (const stored of [
			storedAfter('plaudern', 'weiter-plaudern'),
			storedAfter('fachlich', 'zuhoeren', 'termin'),
		]) {
			const result = restoreSnapshot(machine, stored);
			expect(result.kind).toBe('restored');
			if (result.kind !== 'restored') return;
			const actor = createActor(machine, {
				snapshot: result.snapshot,
				input: { startedAt, seed: 'fest' },
			}).start();
			expect(JSON.parse(JSON.stringify(actor.getPersistedSnapshot()))).toEqual(stored);
		}
	});

	it('rejects what is not a snapshot of this scenario', () => {
		const valid = storedAfter('fachlich', 'zuhoeren') as Record<string, any>;
		const tampered = (change: (s: Record<string, any>) => void) => {
			const copy = structuredClone(valid);
			change(copy);
			return copy;
		};
		const bad = [
			'kaputt',
			42,
			[],
			{},
			tampered((s) => (s.status = 'done')),
			tampered((s) => (s.value = 'gestaerkt')),
			tampered((s) => (s.context.meters.vertrauen = 99)),
			tampered((s) => (s.context.meters.vertrauen = 'viel')),
			tampered((s) => (s.context.flags = ['notiert', 'extra'])),
			tampered((s) => (s.context.history[0].choiceId = 'gibt-es-nicht')),
			tampered((s) => s.context.history.pop()),
			tampered((s) => (s.context.startedAt = 'gestern')),
			tampered(
				(s) => (s.context.history = Array.from({ length: 2000 }, () => ({ choiceId: 'fachlich' }))),
			),
			// A step whose choice is not on offer there: "termin" needs Vertrauen ≥ 60, which is 40 here.
			withStep(storedAfter('fachlich', 'sofort-loesung'), {
				nodeId: 'angebot',
				choiceId: 'termin',
			}),
		];
		for (const stored of bad)
			expect(restoreSnapshot(machine, stored), JSON.stringify(stored).slice(0, 80)).toEqual({
				kind: 'invalid',
			});
	});

	it('rejects a snapshot of another version of the scenario', () => {
		const changed = fixtureScenario();
		changed.nodes[0]!.choices[0]!.effects = { kompetenz: 15 };
		expect(restoreSnapshot(createRoleplayMachine(changed), storedAfter('fachlich')).kind).toBe(
			'invalid',
		);
	});

	it('never throws and never restores arbitrary data', () => {
		fc.assert(
			fc.property(fc.anything(), (stored) => restoreSnapshot(machine, stored).kind !== 'restored'),
		);
		fc.assert(
			fc.property(fc.jsonValue(), fc.constantFrom('value', 'status', 'context'), (junk, key) => {
				const stored = { ...(storedAfter('plaudern') as object), [key]: junk };
				return ['invalid', 'restored'].includes(restoreSnapshot(machine, stored).kind);
			}),
		);
	});
});

describe('openRoleplaySession', () => {
	const now = () => new Date('2025-03-01T09:05:00.000Z');

	it('continues a stored conversation and says so', () => {
		const persistence = new InMemoryRoleplayPersistence();
		persistence.saveSnapshot('kurzbesuch', storedAfter('fachlich'));
		const session = openRoleplaySession('kurzbesuch', fixtureScenario(), persistence, now);
		expect(session.notice).toBe('resumed');
		expect(
			createActor(session.machine, {
				snapshot: session.snapshot,
				input: { startedAt, seed: 'fest' },
			})
				.start()
				.getSnapshot().value,
		).toBe('bedarf');
	});

	it('shows a finished conversation again with its debrief, and does not call it continued', () => {
		const persistence = new InMemoryRoleplayPersistence();
		persistence.saveSnapshot('kurzbesuch', storedAfter('fachlich', 'zuhoeren', 'termin'));
		const session = openRoleplaySession('kurzbesuch', fixtureScenario(), persistence, now);
		expect(session.notice).toBe('reopenedEnding');
		expect(
			createActor(session.machine, {
				snapshot: session.snapshot,
				input: { startedAt, seed: 'fest' },
			})
				.start()
				.getSnapshot()
				.hasTag('ending'),
		).toBe(true);
	});

	it('starts afresh and says so when the stored conversation is invalid', () => {
		const persistence = new InMemoryRoleplayPersistence();
		persistence.saveSnapshot('kurzbesuch', {
			status: 'active',
			value: 'angebot',
			context: 'kaputt',
		});
		const session = openRoleplaySession('kurzbesuch', fixtureScenario(), persistence, now);
		expect(session.notice).toBe('invalidSnapshot');
		expect(session.snapshot).toBeUndefined();
	});

	it('starts afresh without a notice when nothing is stored or the store cannot be read', () => {
		const throwing = {
			loadSnapshot: () => {
				throw new Error('blocked');
			},
			saveSnapshot: () => {},
			clearSnapshot: () => {},
			recordRun: () => {},
		};
		for (const persistence of [new InMemoryRoleplayPersistence(), throwing]) {
			const session = openRoleplaySession('kurzbesuch', fixtureScenario(), persistence, now);
			expect(session.notice).toBeUndefined();
			expect(session.snapshot).toBeUndefined();
		}
	});

	it('records a valid run at the ending', () => {
		const persistence = new InMemoryRoleplayPersistence();
		const session = openRoleplaySession('kurzbesuch', fixtureScenario(), persistence, now);
		const actor = createActor(session.machine, { input: { startedAt, seed: 'fest' } }).start();
		for (const choiceId of ['plaudern', 'zum-thema', 'zuhoeren', 'nachfassen'])
			actor.send({ type: 'user.choose', choiceId });
		const [{ scenarioId, ...run } = { scenarioId: '' }] = persistence.runs();
		expect(scenarioId).toBe('kurzbesuch');
		// What the store keeps is the run with an id: valid under the stored schema.
		expect(v.parse(RoleplayRunSchema, { id: 'lauf-1', ...run })).toEqual({
			id: 'lauf-1',
			startedAt,
			finishedAt: '2025-03-01T09:05:00.000Z',
			path: ['plaudern', 'zum-thema', 'zuhoeren', 'nachfassen'],
			meters: {
				sympathie: 60,
				anerkennung: 50,
				vertrauen: 65,
				gegenseitigkeit: 50,
				intensitaet: 50,
				kompetenz: 50,
			},
			endingId: 'offen',
			outcome: 'neutral',
		});
	});
});
