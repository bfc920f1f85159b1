import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { SearchTermFile } from '../../../src/schemas/search-index';
import { loadTermsFor, Searcher, type SearchOptions } from '../../../src/lib/search/searcher';
import { oneEditAway, withPrefix, withinOneEdit } from '../../../src/lib/search/term-expansion';
import { courseSearch } from './course-index';

/** The index terms by first letter: what a query fetches, and that it finds what the whole index finds. */
const { documents, files, searcher: everything } = courseSearch();
const byKey = new Map(files.termFiles.map((file) => [file.key, file]));
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A searcher with the index file only, and the keys of the term files it fetched. */
function fresh() {
	const searcher = new Searcher(copy(files.index));
	const fetched: string[] = [];
	const load = async (key: string) => {
		fetched.push(key);
		return copy(byKey.get(key)!);
	};
	return {
		searcher,
		fetched,
		prepare: (query: string, options?: SearchOptions) =>
			loadTermsFor(searcher, query, load, options),
	};
}

const vocabulary = [
	...new Set(
		documents
			.flatMap((d) => `${d.fields.title} ${d.fields.body}`.split(/[^\p{L}]+/u))
			.filter((w) => w.length > 2),
	),
];

describe('term files', () => {
	it('are fetched for the first letters of the words typed', async () => {
		const { searcher, fetched, prepare } = fresh();
		expect(searcher.termFilesFor('Vertrauen')).toEqual(['v']);
		await prepare('Kunden bewerten');
		expect(fetched.sort()).toEqual(['b', 'k']);
		await prepare('Kundenbindung'); // "k" is there already
		expect(fetched).toHaveLength(2);
		expect(searcher.termFilesFor('die und der')).toEqual([]); // stop words need nothing
		await prepare('Überalterung Qualitaet Maßnahme'); // umlauts and ß where their analysed form begins
		expect(fetched.slice(2).sort()).toEqual(['m', 'q', 'u']);
	});

	it('are all fetched only for a typo that may be in the first letter', async () => {
		const { searcher, fetched, prepare } = fresh();
		await prepare('Vetrauen'); // the typo after the first letter: "v" has the word
		expect(fetched).toEqual(['v']);
		await prepare('Fertrauen');
		expect(fetched.sort()).toEqual(files.index.index.termFiles);
		expect(searcher.search('Fertrauen', 3).hits.map((hit) => hit.document.href)).toContain(
			'/glossar/#vertrauen',
		);
	});

	it("stay with the word's own file while it is typed letter by letter, and find it on the way", async () => {
		// Between its stem and its last letter a word matches no term as typed ("Anerkennun" is
		// past the stem "anerkenn"): that must not look like a typo in the first letter.
		for (const word of [
			'Anerkennung',
			'Kundenbewertung',
			'Überalterung',
			'Wertschöpfung',
			'Beziehungsqualität',
			'Erwartungen',
		]) {
			const { fetched, prepare } = fresh();
			for (let end = 2; end <= word.length; end++) await prepare(word.slice(0, end));
			expect(fetched, word).toHaveLength(1);
		}
		const { searcher, prepare } = fresh();
		await prepare('Anerkennun');
		const typedOn = searcher.search('Anerkennun', 5).hits.map((hit) => hit.document.href);
		expect(typedOn).toEqual(
			expect.arrayContaining(
				searcher
					.search('Anerkennung', 5)
					.hits.slice(0, 1)
					.map((hit) => hit.document.href),
			),
		);
	});

	it('while typing, leave a first-letter typo for later: a half-typed or misspelt word needs only its own file', async () => {
		const typing = { firstLetterTypos: false };
		for (const word of ['Vetrauen', 'Kompetnz', 'persönliche Ziele']) {
			const { searcher, fetched, prepare } = fresh();
			for (let end = 2; end <= word.length; end++) {
				await prepare(word.slice(0, end), typing);
				expect(() => searcher.search(word.slice(0, end), 5, typing)).not.toThrow();
			}
			expect(fetched.length, word).toBeLessThanOrEqual(2);
		}
		const { searcher, fetched, prepare } = fresh();
		await prepare('Fertrauen', typing);
		expect(fetched).toEqual(['f']);
		expect(searcher.search('Fertrauen', 3, typing).hits).toEqual([]);
		expect(searcher.termFilesFor('Fertrauen').length).toBeGreaterThan(1); // what the pause in typing then fetches
		await prepare('Fertrauen');
		expect(searcher.search('Fertrauen', 3).hits.map((hit) => hit.document.href)).toContain(
			'/glossar/#vertrauen',
		);
	});

	it('give the same results as the whole index, for anything typed', async () => {
		const typed = fc
			.tuple(fc.constantFrom(...vocabulary), fc.nat(12), fc.nat(20))
			.map(([word, cut, typo]) => {
				const part = word.slice(0, Math.max(2, word.length - cut));
				return typo < part.length && part.length > 4
					? `${part.slice(0, typo)}${part.slice(typo + 1)}`
					: part;
			});
		await fc.assert(
			fc.asyncProperty(fc.array(typed, { minLength: 1, maxLength: 3 }), async (words) => {
				const query = words.join(' ');
				const { searcher, prepare } = fresh();
				await prepare(query);
				expect(searcher.search(query, 50)).toEqual(everything.search(query, 50));
			}),
			{ numRuns: 200 },
		);
	});

	it("are refused when they are not this index's", () => {
		const { searcher } = fresh();
		const v = byKey.get('v')!;
		const broken: [Record<string, unknown>, string][] = [
			[{ ...v, hash: 'other' }, 'do not match'],
			[{ ...v, version: v.version + 1 }, 'do not match'],
			[{ ...v, key: 'w' }, 'hold'],
			[{ ...v, postings: v.postings.slice(1) }, 'incomplete'],
			[{ ...v, terms: [...v.terms].reverse() }, 'invalid'],
			[{ ...v, terms: v.terms.map((term, i) => (i === 0 ? `a${term}` : term)) }, 'invalid'],
		];
		for (const [file, message] of broken)
			expect(() => searcher.addTermFile(file as unknown as SearchTermFile, 'v')).toThrow(message);
		expect(() => searcher.addTermFile(null as unknown as SearchTermFile, 'v')).toThrow(
			'not a file',
		);
		expect(searcher.termFilesFor('Vertrauen')).toEqual(['v']); // none of them was taken
		expect(() => searcher.search('Vertrauen')).toThrow('not loaded');
	});
});

describe('term expansion', () => {
	const terms = files.termFiles.flatMap((file) => file.terms).sort();
	type TokenSets = {
		fromArray(words: string[]): lunr.TokenSet;
		fromString(text: string): lunr.TokenSet;
		fromFuzzyString(text: string, distance: number): lunr.TokenSet;
	};
	const tokenSets = lunr.TokenSet as unknown as TokenSets;
	const all = tokenSets.fromArray(terms);
	const lunrFinds = (set: lunr.TokenSet) => all.intersect(set).toArray().sort();
	const stem = fc
		.tuple(
			fc.constantFrom(...terms.filter((term) => term.length > 1)),
			fc.nat(8),
			fc.nat(20),
			fc.constantFrom('', 'x', 'e', 'ä'),
		)
		.map(([term, cut, at, letter]) => {
			const part = term.slice(0, Math.max(2, term.length - cut));
			return at < part.length
				? `${part.slice(0, at)}${letter}${part.slice(at + (letter ? 0 : 1))}`
				: part;
		});

	it("finds the terms lunr's TokenSet finds for a prefix and for one typo", () => {
		fc.assert(
			fc.property(stem, (text) => {
				expect(withPrefix(terms, 0, terms.length, text).map((at) => terms[at])).toEqual(
					lunrFinds(tokenSets.fromString(`${text}*`)),
				);
				expect(
					oneEditAway(terms, 0, terms.length, text)
						.map((at) => terms[at])
						.sort(),
				).toEqual(lunrFinds(tokenSets.fromFuzzyString(text, 1)));
			}),
			{ numRuns: 400 },
		);
	});

	it('counts a changed, missing, added or swapped letter as one edit', () => {
		expect(withinOneEdit('vertrauen', 'vertrauen')).toBe(true);
		expect(withinOneEdit('vertrauen', 'vetrauen')).toBe(true);
		expect(withinOneEdit('vertrauen', 'vertraunen')).toBe(true);
		expect(withinOneEdit('vertrauen', 'vertaruen')).toBe(true);
		expect(withinOneEdit('vertrauen', 'fertrauen')).toBe(true);
		expect(withinOneEdit('vertrauen', 'vetraün')).toBe(false);
		expect(withinOneEdit('vertrauen', 'evrtraune')).toBe(false);
	});
});
