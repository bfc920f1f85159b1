import {
	CRITERIA,
	type Criterion,
	type QualityRating,
	type WorkbenchCustomer,
} from '../../schemas/stored/workbench';

/** A person's quality ratings over time: the latest, the dates, and what changed between two. */

type Rated = Pick<WorkbenchCustomer, 'ratings'>;

/** The person's ratings, oldest first; on the same day the one entered later counts as later. */
export function ratingsFor(customer: Rated, personId: string): QualityRating[] {
	return customer.ratings
		.filter((rating) => rating.personId === personId)
		.sort((a, b) => a.date.localeCompare(b.date));
}

export function latestRating(customer: Rated, personId: string): QualityRating | undefined {
	return ratingsFor(customer, personId).at(-1);
}

/** The days the person was rated, oldest first, each once. */
export function ratingDates(customer: Rated, personId: string): string[] {
	return [...new Set(ratingsFor(customer, personId).map((rating) => rating.date))];
}

export interface CriterionChange {
	criterion: Criterion;
	before: number;
	after: number;
	/** after − before: positive where the relationship grew. */
	change: number;
}

/** Per criterion, in the course's order, from rating `a` (before) to rating `b` (after). */
export function compareRatings(a: QualityRating, b: QualityRating): CriterionChange[] {
	return CRITERIA.map((criterion) => ({
		criterion,
		before: a.values[criterion],
		after: b.values[criterion],
		change: b.values[criterion] - a.values[criterion],
	}));
}
