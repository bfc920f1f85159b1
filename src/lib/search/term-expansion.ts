/**
 * The index terms a typed stem reaches, over sorted term lists: those that begin with it (a binary
 * search and a walk), and those one typo away (a scan). They find what lunr's TokenSet finds for
 * `stem*` and `fromFuzzyString(stem, 1)` (a unit test compares them on the course's terms), without
 * shipping lunr to the browser.
 */

/** The first position in `sorted[from, to)` whose term is not less than `text` (code unit order, as the build sorts). */
function lowerBound(sorted: readonly string[], from: number, to: number, text: string): number {
	let low = from;
	let high = to;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! < text) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Positions in `sorted[from, to)` of the terms that begin with `prefix`. */
export function withPrefix(
	sorted: readonly string[],
	from: number,
	to: number,
	prefix: string,
): number[] {
	const found: number[] = [];
	for (
		let at = lowerBound(sorted, from, to, prefix);
		at < to && sorted[at]!.startsWith(prefix);
		at++
	)
		found.push(at);
	return found;
}

/** Position of `term` in `sorted[from, to)`, or -1. */
export function positionOf(
	sorted: readonly string[],
	from: number,
	to: number,
	term: string,
): number {
	const at = lowerBound(sorted, from, to, term);
	return at < to && sorted[at] === term ? at : -1;
}

/**
 * Position of the longest term in `sorted[from, to)` that `text` begins with and that is at least
 * `minLength` long, or -1: the stem of a word typed past its end ("anerkennun" begins with "anerkenn").
 */
export function longestTermStarting(
	sorted: readonly string[],
	from: number,
	to: number,
	text: string,
	minLength: number,
): number {
	for (let length = text.length - 1; length >= Math.max(1, minLength); length--) {
		const at = positionOf(sorted, from, to, text.slice(0, length));
		if (at !== -1) return at;
	}
	return -1;
}

/** Whether `a` from position `i` equals `b` from position `j`. */
function sameRest(a: string, i: number, b: string, j: number): boolean {
	if (a.length - i !== b.length - j) return false;
	for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
	return true;
}

/**
 * Whether `b` is `a` or one edit away from it: a letter changed, missing or added, or two neighbours
 * swapped (counted in UTF-16 code units, as lunr's TokenSet counts).
 */
export function withinOneEdit(a: string, b: string): boolean {
	const difference = a.length - b.length;
	if (difference > 1 || difference < -1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
	if (i === a.length && i === b.length) return true;
	if (difference === 1) return sameRest(a, i + 1, b, i); // a letter missing in b
	if (difference === -1) return sameRest(a, i, b, i + 1); // a letter added in b
	return (
		sameRest(a, i + 1, b, i + 1) ||
		(a.charCodeAt(i) === b.charCodeAt(i + 1) &&
			a.charCodeAt(i + 1) === b.charCodeAt(i) &&
			sameRest(a, i + 2, b, i + 2))
	);
}

/**
 * Positions in `sorted[from, to)` of the terms one edit away from `stem` (or equal to it). The empty
 * term (lunr indexes what punctuation alone becomes) is never one, as with lunr's TokenSet.
 */
export function oneEditAway(
	sorted: readonly string[],
	from: number,
	to: number,
	stem: string,
): number[] {
	const found: number[] = [];
	for (let at = from; at < to; at++)
		if (sorted[at]!.length > 0 && withinOneEdit(stem, sorted[at]!)) found.push(at);
	return found;
}
