import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	backoffSeconds,
	classify,
	due,
	enqueue,
	prune,
	settle,
	type SendOutcome,
} from '../../../src/lib/xapi/outbox';

const t0 = '2026-12-04T10:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(t0) + seconds * 1000).toISOString();
const statement = (id: string) => ({
	id,
	verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
});

describe('the xAPI outbox', () => {
	it('reads the LRS: stored (2xx, 409), try again (network, 408, 429, 5xx, 507), refused (other 4xx)', () => {
		expect(classify(204)).toEqual({ kind: 'stored' });
		expect(classify(200)).toEqual({ kind: 'stored' });
		expect(classify(409)).toEqual({ kind: 'stored' });
		for (const status of ['network-error', 408, 429, 500, 502, 503, 507] as const)
			expect(classify(status).kind).toBe('retry');
		expect(classify(400, 'Invalid statement: verb.id')).toEqual({
			kind: 'refused',
			status: 400,
			message: 'Invalid statement: verb.id',
		});
		expect(classify(401).kind).toBe('refused');
		expect(classify(403).kind).toBe('refused');
	});

	it('queues each statement once, and sends the oldest first', () => {
		let outbox = enqueue({}, [statement('b'), statement('a')], t0);
		outbox = enqueue(outbox, [statement('a'), statement('c')], at(1));
		expect(Object.keys(outbox).sort()).toEqual(['a', 'b', 'c']);
		expect(outbox.a?.queuedAt).toBe(t0);
		expect(due(outbox, at(2)).map((e) => e.id)).toEqual(['a', 'b', 'c']);
		expect(due(outbox, at(2), 2).map((e) => e.id)).toEqual(['a', 'b']);
	});

	it('keeps a failed statement and backs off before the next try; a stored one is sent', () => {
		let outbox = enqueue({}, [statement('a'), statement('b')], t0);
		outbox = settle(outbox, 'a', classify('network-error'), t0);
		outbox = settle(outbox, 'b', classify(204), t0);
		expect(outbox.a).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: at(5) });
		expect(outbox.b).toMatchObject({ state: 'sent', sentAt: t0 });
		expect(due(outbox, at(4))).toEqual([]);
		expect(due(outbox, at(5)).map((e) => e.id)).toEqual(['a']);
		expect([1, 2, 3, 4, 20].map(backoffSeconds)).toEqual([5, 10, 20, 40, 3600]);
	});

	it('a refusal is kept with its reason and never tried again', () => {
		let outbox = enqueue({}, [statement('a')], t0);
		outbox = settle(outbox, 'a', classify(400, 'bad'), t0);
		expect(outbox.a).toMatchObject({ state: 'refused', refusal: { status: 400, message: 'bad' } });
		expect(due(outbox, at(99_999))).toEqual([]);
		expect(settle(outbox, 'a', classify(204), at(1)).a?.state).toBe('refused');
	});

	it('prunes only sent statements, the oldest first', () => {
		let outbox = enqueue({}, ['a', 'b', 'c', 'd'].map(statement), t0);
		outbox = settle(outbox, 'a', classify(204), at(1));
		outbox = settle(outbox, 'b', classify(204), at(2));
		outbox = settle(outbox, 'c', classify(400), at(3));
		expect(Object.keys(prune(outbox, 1)).sort()).toEqual(['b', 'c', 'd']);
	});

	it('never loses or doubles a statement, whatever the LRS answers (property)', () => {
		const outcome: fc.Arbitrary<SendOutcome> = fc.oneof(
			fc.constant<SendOutcome>({ kind: 'stored' }),
			fc.constant<SendOutcome>({ kind: 'retry' }),
			fc.integer({ min: 400, max: 499 }).map((status) => classify(status)),
			fc.integer({ min: 500, max: 599 }).map((status) => classify(status)),
		);
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 8 }),
				fc.array(fc.tuple(fc.nat(7), outcome, fc.nat(4000)), { maxLength: 40 }),
				(ids, events) => {
					let outbox = enqueue({}, ids.map(statement), t0);
					for (const [index, result, seconds] of events) {
						outbox = settle(outbox, ids[index % ids.length]!, result, at(seconds));
						outbox = enqueue(outbox, ids.map(statement), at(seconds));
					}
					expect(Object.keys(outbox).sort()).toEqual([...ids].sort());
					for (const entry of Object.values(outbox)) {
						if (entry.state === 'pending') expect(entry.sentAt).toBeUndefined();
						if (entry.state === 'sent') expect(entry.refusal).toBeUndefined();
					}
				},
			),
		);
	});
});
