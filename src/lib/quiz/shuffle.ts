/**
 * Display orders for quiz options. The first view uses an order derived from the question id,
 * so the server-rendered HTML and the hydrated island agree; a retry shuffles at random.
 */
export type Random = () => number;

/** A small deterministic generator (mulberry32) seeded from a string. */
export function seededRandom(seed: string): Random {
	let state = 0;
	for (const char of seed) state = (Math.imul(state, 31) + char.charCodeAt(0)) | 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A permutation of 0..n-1 (Fisher–Yates). */
export function permutation(n: number, random: Random): number[] {
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}

/** Like `permutation`, but never the identity (for n > 1): an ordering task must not start solved. */
export function derangedPermutation(n: number, random: Random): number[] {
	if (n < 2) return permutation(n, random);
	for (let tries = 0; tries < 20; tries++) {
		const order = permutation(n, random);
		if (order.some((value, index) => value !== index)) return order;
	}
	return [...Array.from({ length: n - 1 }, (_, i) => i + 1), 0];
}
