import { describe, expect, it } from 'vitest';
import {
	compareRatings,
	latestRating,
	ratingDates,
	ratingsFor,
} from '../../../src/lib/workbench/quality';
import type { CriterionValues, QualityRating } from '../../../src/schemas/stored/workbench';

const values = (v: number, overrides: Partial<CriterionValues> = {}): CriterionValues => ({
	sympathie: v,
	anerkennung: v,
	vertrauen: v,
	gegenseitigkeit: v,
	intensitaet: v,
	kompetenz: v,
	...overrides,
});
const rating = (id: string, personId: string, date: string, v = 3): QualityRating => ({
	id,
	personId,
	date,
	values: values(v),
});
const customer = {
	ratings: [
		rating('b', 'menzel', '2025-05-01', 4),
		rating('a', 'menzel', '2025-01-15', 2),
		rating('x', 'brandl', '2025-06-01', 5),
		rating('c', 'menzel', '2025-05-01', 5),
	],
};

describe('quality ratings over time', () => {
	it('finds a person’s latest rating; on the same day the one entered later', () => {
		expect(latestRating(customer, 'menzel')?.id).toBe('c');
		expect(latestRating(customer, 'brandl')?.id).toBe('x');
		expect(latestRating(customer, 'niemand')).toBeUndefined();
	});

	it('lists the days a person was rated, oldest first, each once', () => {
		expect(ratingDates(customer, 'menzel')).toEqual(['2025-01-15', '2025-05-01']);
		expect(ratingsFor(customer, 'menzel').map((r) => r.id)).toEqual(['a', 'b', 'c']);
		expect(customer.ratings[0]!.id).toBe('b'); // the customer itself is left as it was
	});

	it('compares two ratings per criterion, in the course’s order', () => {
		const before = { ...rating('a', 'menzel', '2025-01-15'), values: values(3, { vertrauen: 2 }) };
		const after = {
			...rating('b', 'menzel', '2025-05-01'),
			values: values(3, { vertrauen: 4, kompetenz: 1 }),
		};
		const changes = compareRatings(before, after);
		expect(changes.map((c) => c.criterion)).toEqual([
			'sympathie',
			'anerkennung',
			'vertrauen',
			'gegenseitigkeit',
			'intensitaet',
			'kompetenz',
		]);
		expect(changes[2]).toEqual({ criterion: 'vertrauen', before: 2, after: 4, change: 2 });
		expect(changes[5]).toEqual({ criterion: 'kompetenz', before: 3, after: 1, change: -2 });
		expect(changes[0]!.change).toBe(0);
	});
});
