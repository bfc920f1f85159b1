import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { workedExample } from '../../../src/lib/workbench/example';
import {
	CRITERIA,
	StrategyProfileSchema,
	WorkbenchCustomerSchema,
	type WorkbenchCustomer,
} from '../../../src/schemas/stored/workbench';
import { METER_IDS } from '../../../src/schemas/roleplay-constants';
import { customer } from './arbitraries';

/** The workbench schemas against what a hand-edited or hostile file could hold. */

const NOW = '2025-03-10T08:00:00.000Z';
const example = () => workedExample(NOW);
const parse = (input: unknown) => v.safeParse(WorkbenchCustomerSchema, input);
const messages = (input: unknown) => (parse(input).issues ?? []).map((issue) => issue.message);

describe('WorkbenchCustomerSchema', () => {
	it('uses the meters’ six ids as its criteria', () => {
		expect(CRITERIA).toBe(METER_IDS);
	});

	it('accepts the worked example unchanged', () => {
		const result = parse(example());
		expect(result.issues).toBeUndefined();
		expect(result.output).toEqual(example());
	});

	it('accepts every generated valid customer and returns it unchanged (property)', () => {
		fc.assert(
			fc.property(customer, (valid) => {
				const result = parse(valid);
				expect(result.issues).toBeUndefined();
				expect(result.output).toEqual(valid);
			}),
			{ numRuns: 200 },
		);
	});

	it('never throws on arbitrary JSON or values (property)', () => {
		fc.assert(
			fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => {
				expect(parse(input).success).toBe(false);
			}),
		);
	});

	it('never throws when any field of a valid customer is replaced by arbitrary JSON (property)', () => {
		const fields = Object.keys(example()) as (keyof WorkbenchCustomer)[];
		fc.assert(
			fc.property(fc.constantFrom(...fields), fc.jsonValue(), (field, value) => {
				expect(() => parse({ ...example(), [field]: value })).not.toThrow();
			}),
		);
	});

	it('refuses over-long, empty, HTML-looking and control-character text', () => {
		const named = (name: string) => ({ ...example(), name });
		expect(messages(named('x'.repeat(81)))).toContain('ist zu lang (höchstens 80 Zeichen)');
		expect(messages(named('   '))).toContain('ist leer');
		expect(messages(named('<img src=x onerror=alert(1)>'))).toContain('enthält HTML-Zeichen');
		expect(messages(named('Klinikum\u202eBergfeld'))).toContain('enthält Steuerzeichen');
		const action = example().actions[0]!;
		expect(parse({ ...example(), actions: [{ ...action, what: 'y'.repeat(201) }] }).success).toBe(
			false,
		);
		expect(parse({ ...example(), segment: '' }).success).toBe(true);
	});

	it('refuses HTML-looking text in any generated customer’s name (property)', () => {
		fc.assert(
			fc.property(customer, fc.constantFrom('<b>', '</p>', '<!--', '< script'), (valid, tag) => {
				expect(parse({ ...valid, name: `A${tag}` }).success).toBe(false);
			}),
			{ numRuns: 50 },
		);
	});

	it('refuses grades outside 1–5, days that do not exist and unknown vocabularies', () => {
		const c = example();
		expect(parse({ ...c, profitability: 6 }).success).toBe(false);
		expect(parse({ ...c, futureChances: 2.5 }).success).toBe(false);
		const rating = c.ratings[0]!;
		expect(parse({ ...c, ratings: [{ ...rating, date: '2025-02-30' }] }).success).toBe(false);
		expect(
			parse({ ...c, ratings: [{ ...rating, values: { ...rating.values, vertrauen: 0 } }] }).success,
		).toBe(false);
		const person = c.people[0]!;
		expect(parse({ ...c, people: [{ ...person, buyingRole: 'chef' }] }).success).toBe(false);
		expect(parse({ ...c, people: [{ ...person, id: '__proto__' }] }).success).toBe(false);
	});

	it('refuses lists beyond their limits', () => {
		const c = example();
		const person = c.people[0]!;
		const many = Array.from({ length: 41 }, (_, i) => ({ ...person, id: `p${i}` }));
		expect(messages({ ...c, people: many, links: [], ratings: [], actions: [] })).toContain(
			'hat zu viele Einträge (höchstens 40)',
		);
	});

	it('refuses dangling references, naming what is wrong', () => {
		const c = example();
		expect(
			messages({
				...c,
				links: [...c.links, { personId: 'niemand', contactId: 'haag', strength: 3 }],
			}),
		).toContain('Eine Verbindung nennt eine Person, die es bei diesem Kunden nicht gibt');
		expect(messages({ ...c, ourContacts: [] })).toContain(
			'Eine Verbindung nennt jemanden aus Ihrem Haus, den es in der Liste nicht gibt',
		);
		expect(messages({ ...c, committees: [] })).toContain(
			'Eine Person gehört zu einem Gremium, das es bei diesem Kunden nicht gibt',
		);
		const others = c.people.filter((p) => p.id !== 'menzel');
		const withoutMenzel = {
			...c,
			people: others,
			links: c.links.filter((l) => l.personId !== 'menzel'),
		};
		expect(messages(withoutMenzel)).toEqual(
			expect.arrayContaining([
				'Eine Einschätzung nennt eine Person, die es bei diesem Kunden nicht gibt',
				'Eine Maßnahme nennt eine Person, die es bei diesem Kunden nicht gibt',
			]),
		);
		const issue = parse({ ...c, committees: [] }).issues![0]!;
		expect(issue.path?.map((step) => step.key)).toEqual(['people']);
	});

	it('refuses a dangling reference added to any generated customer (property)', () => {
		fc.assert(
			fc.property(customer, (valid) => {
				const rating = {
					id: 'neu',
					personId: 'gibt-es-nicht',
					date: '2025-01-01',
					values: example().ratings[0]!.values,
				};
				expect(parse({ ...valid, ratings: [...valid.ratings, rating] }).success).toBe(false);
			}),
			{ numRuns: 50 },
		);
	});

	it('refuses ids used twice in one list', () => {
		const c = example();
		expect(messages({ ...c, committees: [...c.committees, c.committees[0]!] })).toContain(
			'enthält ein Gremium doppelt',
		);
		expect(messages({ ...c, links: [...c.links, { ...c.links[0]!, strength: 1 }] })).toContain(
			'enthält eine Verbindung doppelt',
		);
	});
});

describe('StrategyProfileSchema', () => {
	const positions = { reichweite: 20, netz: 50, steuerung: 0, dauer: 100, zuschnitt: 70 };

	it('takes a position from 0 to 100 for each of the five pairs, now and as a target', () => {
		const profile = { updatedAt: NOW, current: positions, target: positions };
		expect(v.safeParse(StrategyProfileSchema, profile).output).toEqual(profile);
	});

	it('refuses missing pairs and values outside 0–100', () => {
		const { netz: _, ...four } = positions;
		for (const current of [four, { ...positions, netz: 101 }, { ...positions, netz: 12.5 }])
			expect(
				v.safeParse(StrategyProfileSchema, { updatedAt: NOW, current, target: positions }).success,
			).toBe(false);
	});
});
