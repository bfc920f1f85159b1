import { describe, expect, it, vi } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import {
	createRoleplayMachine,
	ENDING_TAG,
	type RoleplayEvent,
} from '../../../src/lib/roleplay/machine';
import { fixtureScenario } from './fixture';

/** The scenario → machine compiler, checked with pure transitions (no actor, no effects run). */
const machine = createRoleplayMachine(fixtureScenario());
const startedAt = '2025-03-01T09:00:00.000Z';
const choose = (choiceId: string): RoleplayEvent => ({ type: 'user.choose', choiceId });

function play(...events: RoleplayEvent[]) {
	let [snapshot] = initialTransition(machine, { startedAt, seed: 'fest' });
	for (const event of events) [snapshot] = transition(machine, snapshot, event);
	return snapshot;
}

describe('createRoleplayMachine', () => {
	it('starts at the first node with every meter at 50 except those the scenario sets', () => {
		const snapshot = play();
		expect(snapshot.value).toBe('begruessung');
		expect(snapshot.context).toEqual({
			startedAt,
			seed: 'fest',
			meters: {
				sympathie: 50,
				anerkennung: 50,
				vertrauen: 45,
				gegenseitigkeit: 50,
				intensitaet: 50,
				kompetenz: 50,
			},
			flags: [],
			history: [],
		});
	});

	it('moves to the choice’s target, applies its effects and sets its flags', () => {
		const snapshot = play(choose('fachlich'), choose('zuhoeren'));
		expect(snapshot.value).toBe('angebot');
		expect(snapshot.context.meters).toMatchObject({ kompetenz: 60, vertrauen: 65 });
		expect(snapshot.context.flags).toEqual(['notiert']);
		expect(snapshot.context.history.map((step) => [step.nodeId, step.choiceId])).toEqual([
			['begruessung', 'fachlich'],
			['bedarf', 'zuhoeren'],
		]);
	});

	it('ignores a choice of another node and a choice whose condition does not hold', () => {
		expect(play(choose('zuhoeren')).value).toBe('begruessung');
		// "termin" needs Vertrauen ≥ 60; after "sofort-loesung" it is 40.
		const snapshot = play(choose('fachlich'), choose('sofort-loesung'), choose('termin'));
		expect(snapshot.value).toBe('angebot');
		expect(snapshot.context.history).toHaveLength(2);
	});

	it('offers a conditional choice once its flag is set', () => {
		expect(play(choose('fachlich'), choose('sofort-loesung'), choose('nachfassen')).value).toBe(
			'angebot',
		);
		expect(play(choose('fachlich'), choose('zuhoeren'), choose('nachfassen')).value).toBe('offen');
	});

	it('clamps meters at 0 and 100', () => {
		const chatter = Array.from({ length: 8 }, () => choose('weiter-plaudern'));
		const snapshot = play(choose('plaudern'), ...chatter);
		expect(snapshot.context.meters.kompetenz).toBe(0);
		expect(snapshot.context.meters.sympathie).toBe(100);
	});

	it('goes one step back, restoring node, meters and flags, also from an ending', () => {
		const before = play(choose('fachlich'), choose('zuhoeren'));
		const back = play(choose('fachlich'), choose('zuhoeren'), choose('termin'), {
			type: 'user.back',
		});
		expect(back.value).toBe('angebot');
		expect(back.context).toEqual(before.context);
		const twice = play(
			choose('plaudern'),
			choose('weiter-plaudern'),
			{ type: 'user.back' },
			{ type: 'user.back' },
		);
		expect(twice.value).toBe('begruessung');
		expect(twice.context).toEqual(play().context);
	});

	it('does nothing on back at the start', () => {
		expect(play({ type: 'user.back' })).toEqual(play());
	});

	it('tags endings and offers no choice there', () => {
		const ending = play(choose('preis'));
		expect(ending.value).toBe('abgebrochen');
		expect(ending.hasTag(ENDING_TAG)).toBe(true);
		expect(play().hasTag(ENDING_TAG)).toBe(false);
		expect(transition(machine, ending, choose('fachlich'))[0].value).toBe('abgebrochen');
	});

	it('restarts with a new start time from anywhere', () => {
		const restarted = play(choose('fachlich'), choose('zuhoeren'), choose('termin'), {
			type: 'user.restart',
			startedAt: '2025-03-02T08:00:00.000Z',
			seed: 'neu',
		});
		expect(restarted.value).toBe('begruessung');
		expect(restarted.context).toEqual({
			...play().context,
			startedAt: '2025-03-02T08:00:00.000Z',
			seed: 'neu',
		});
	});

	it('asks for recordRun with the ending on entering an ending, and only then', () => {
		const [, actions] = transition(
			machine,
			play(choose('fachlich'), choose('zuhoeren')),
			choose('termin'),
		);
		expect(actions.map((action) => [action.type, action.params])).toContainEqual([
			'recordRun',
			{ endingId: 'gestaerkt' },
		]);
		const [, noRecord] = transition(machine, play(), choose('fachlich'));
		expect(noRecord.map((action) => action.type)).not.toContain('recordRun');
	});

	it('runs the provided recordRun in a live actor, and a restored ending does not record again', () => {
		const recordRun = vi.fn();
		const provided = machine.provide({ actions: { recordRun: (_, params) => recordRun(params) } });
		const actor = createActor(provided, { input: { startedAt, seed: 'fest' } }).start();
		for (const choiceId of ['fachlich', 'zuhoeren', 'termin']) actor.send(choose(choiceId));
		expect(recordRun).toHaveBeenCalledExactlyOnceWith({ endingId: 'gestaerkt' });
		createActor(provided, {
			snapshot: actor.getPersistedSnapshot(),
			input: { startedAt, seed: 'fest' },
		}).start();
		expect(recordRun).toHaveBeenCalledTimes(1);
	});
});
