import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCustomer, QUADRANTS, sortByPriority } from '../../../src/lib/workbench/portfolio';

const grades = [1, 2, 3, 4, 5] as const;
const rated = (name: string, profitability: number, futureChances: number) => ({
	name,
	profitability,
	futureChances,
});

describe('the customer portfolio', () => {
	it('places every one of the 25 rating combinations (4–5 high, 1–3 low, 3 borderline)', () => {
		for (const profitability of grades)
			for (const futureChances of grades) {
				const high = (g: number) => g >= 4;
				const expected = high(futureChances)
					? high(profitability)
						? 'ausbauen'
						: 'entwickeln'
					: high(profitability)
						? 'sichern'
						: 'ueberpruefen';
				expect(placeCustomer({ profitability, futureChances })).toEqual({
					quadrant: expected,
					priority: { ausbauen: 1, entwickeln: 2, sichern: 3, ueberpruefen: 4 }[expected],
					borderline: profitability === 3 || futureChances === 3,
				});
			}
	});

	it('names the corners plainly', () => {
		expect(placeCustomer({ profitability: 5, futureChances: 5 }).quadrant).toBe('ausbauen');
		expect(placeCustomer({ profitability: 1, futureChances: 4 }).quadrant).toBe('entwickeln');
		expect(placeCustomer({ profitability: 4, futureChances: 3 })).toEqual({
			quadrant: 'sichern',
			priority: 3,
			borderline: true,
		});
		expect(placeCustomer({ profitability: 2, futureChances: 2 }).quadrant).toBe('ueberpruefen');
		expect(QUADRANTS).toEqual(['ausbauen', 'entwickeln', 'sichern', 'ueberpruefen']);
	});

	it('sorts by priority, then the sum of both ratings, then name in German order', () => {
		const sorted = sortByPriority([
			rated('Zeller', 1, 1),
			rated('Öztürk', 4, 4),
			rated('Ober', 4, 4),
			rated('Adler', 5, 4),
			rated('Brandt', 2, 5),
			rated('Carl', 5, 2),
		]);
		expect(sorted.map((c) => c.name)).toEqual([
			'Adler',
			'Ober',
			'Öztürk',
			'Brandt',
			'Carl',
			'Zeller',
		]);
	});

	it('keeps every customer, never raising a lower priority above a higher one (property)', () => {
		const arb = fc.array(
			fc.record({
				name: fc.string({ maxLength: 8 }),
				profitability: fc.constantFrom(...grades),
				futureChances: fc.constantFrom(...grades),
			}),
			{ maxLength: 20 },
		);
		fc.assert(
			fc.property(arb, (customers) => {
				const sorted = sortByPriority(customers);
				expect(sorted).toHaveLength(customers.length);
				expect(new Set(sorted)).toEqual(new Set(customers));
				const priorities = sorted.map((c) => placeCustomer(c).priority);
				expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
			}),
		);
	});
});
