import type { StoredDocument } from '../../schemas/search-index';
import { foldGerman } from './german.ts';

/**
 * Glossary terms to offer when a query finds nothing: the terms whose spelling is closest to what
 * was typed (shared letter pairs, umlauts folded), so "Vertraun Kundn" offers "Vertrauen".
 * Every suggestion is a glossary entry, so choosing one always finds something.
 */
function letterPairs(text: string): Map<string, number> {
	const letters = foldGerman(text.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ' ');
	const pairs = new Map<string, number>();
	for (let i = 0; i < letters.length - 1; i++) {
		const pair = letters.slice(i, i + 2);
		if (!pair.includes(' ')) pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
	}
	return pairs;
}

/** Dice coefficient of the letter pairs: 1 for the same letters, 0 for nothing in common. */
function similarity(a: Map<string, number>, b: Map<string, number>): number {
	let shared = 0;
	let total = 0;
	for (const [pair, count] of a) {
		shared += Math.min(count, b.get(pair) ?? 0);
		total += count;
	}
	for (const count of b.values()) total += count;
	return total === 0 ? 0 : (2 * shared) / total;
}

export function suggestTerms(
	documents: readonly StoredDocument[],
	query: string,
	count = 4,
): string[] {
	const wanted = letterPairs(query);
	return documents
		.filter((document) => document.kind === 'glossary')
		.map((document, order) => ({
			term: document.title,
			order,
			score: similarity(wanted, letterPairs(document.title)),
		}))
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.slice(0, count)
		.map((entry) => entry.term);
}
