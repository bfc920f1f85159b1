import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { orderChoices } from '../../../src/lib/roleplay/choice-order';
import { restoreSnapshot } from '../../../src/lib/roleplay/restore-snapshot';
import { createRoleplayMachine } from '../../../src/lib/roleplay/machine';
import { fixtureScenario } from './fixture';

const scenario = fixtureScenario();
const machine = createRoleplayMachine(scenario);
const startedAt = '2025-03-01T09:00:00.000Z';
const start = scenario.nodes[0]!;
const ids = (seed: string, node = start) =>
	orderChoices(seed, node.id, node.choices).map((c) => c.id);

describe('role-play choice order', () => {
	it('is one permutation of the node’s choices per seed, the same every time', () => {
		expect(ids('a').sort()).toEqual(start.choices.map((c) => c.id).sort());
		expect(ids('a')).toEqual(ids('a'));
		const orders = new Set(Array.from({ length: 30 }, (_, i) => ids(`seed-${i}`).join(',')));
		expect(orders.size).toBeGreaterThan(1);
		// Over many runs the authored first choice is first only part of the time.
		const first = Array.from({ length: 60 }, (_, i) => ids(`run-${i}`)[0]).filter(
			(id) => id === start.choices[0]!.id,
		).length;
		expect(first).toBeLessThan(45);
	});

	it('is stored with the run: a resumed, reloaded or stepped-back conversation keeps its order', () => {
		const actor = createActor(machine, { input: { startedAt, seed: 'lauf-7' } }).start();
		const firstChoice = start.choices[0]!.id;
		actor.send({ type: 'user.choose', choiceId: firstChoice });
		const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		expect(stored.context.seed).toBe('lauf-7');
		const restored = restoreSnapshot(machine, stored);
		expect(restored.kind).toBe('restored');
		if (restored.kind !== 'restored') return;
		const resumed = createActor(machine, {
			snapshot: restored.snapshot,
			input: { startedAt, seed: 'anders' },
		}).start();
		expect(resumed.getSnapshot().context.seed).toBe('lauf-7');
		resumed.send({ type: 'user.back' });
		expect(resumed.getSnapshot().context.seed).toBe('lauf-7');
		expect(ids(resumed.getSnapshot().context.seed)).toEqual(ids('lauf-7'));
		resumed.send({ type: 'user.restart', startedAt, seed: 'neu' });
		expect(resumed.getSnapshot().context.seed).toBe('neu');
	});

	it('resumes a conversation stored before choices were shuffled, seeded by its start time', () => {
		const actor = createActor(machine, { input: { startedAt, seed: startedAt } }).start();
		actor.send({ type: 'user.choose', choiceId: start.choices[0]!.id });
		const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		delete stored.context.seed;
		const restored = restoreSnapshot(machine, stored);
		expect(restored.kind).toBe('restored');
		if (restored.kind === 'restored')
			expect((restored.snapshot as unknown as { context: { seed: string } }).context.seed).toBe(
				startedAt,
			);
		expect(
			restoreSnapshot(machine, { ...stored, context: { ...stored.context, seed: 42 } }).kind,
		).toBe('invalid');
	});
});
