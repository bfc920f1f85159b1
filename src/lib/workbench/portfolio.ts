import type { WorkbenchCustomer } from '../../schemas/stored/workbench';

/**
 * The customer portfolio: profitability against future chances, four quadrants with a priority
 * each. Keys only: the UI holds the German names and explanations.
 */
export const QUADRANTS = ['ausbauen', 'entwickeln', 'sichern', 'ueberpruefen'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** 1 is the highest priority; the order of QUADRANTS. */
export type Priority = 1 | 2 | 3 | 4;

export interface Placement {
	quadrant: Quadrant;
	priority: Priority;
	/** A rating of 3 counts as low but could tip either way: worth a second look. */
	borderline: boolean;
}

type Rated = Pick<WorkbenchCustomer, 'profitability' | 'futureChances'>;

const isHigh = (rating: number) => rating >= 4;

export function placeCustomer(customer: Rated): Placement {
	const profitable = isHigh(customer.profitability);
	const promising = isHigh(customer.futureChances);
	const quadrant: Quadrant = promising
		? profitable
			? 'ausbauen'
			: 'entwickeln'
		: profitable
			? 'sichern'
			: 'ueberpruefen';
	return {
		quadrant,
		priority: (QUADRANTS.indexOf(quadrant) + 1) as Priority,
		borderline: customer.profitability === 3 || customer.futureChances === 3,
	};
}

/** Highest priority first; within a quadrant the better-rated first, then by name (German order). */
export function sortByPriority<T extends Rated & Pick<WorkbenchCustomer, 'name'>>(
	customers: readonly T[],
): T[] {
	return customers
		.map((customer) => ({ customer, priority: placeCustomer(customer).priority }))
		.sort(
			(a, b) =>
				a.priority - b.priority ||
				b.customer.profitability +
					b.customer.futureChances -
					(a.customer.profitability + a.customer.futureChances) ||
				a.customer.name.localeCompare(b.customer.name, 'de'),
		)
		.map(({ customer }) => customer);
}
