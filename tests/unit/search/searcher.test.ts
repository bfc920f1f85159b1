import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Searcher } from '../../../src/lib/search/searcher';
import { courseSearch } from './course-index';
import { referenceBuilder } from './reference-lunr';

const { documents, files, searcher } = courseSearch();
const hrefs = (query: string, limit = 20) =>
	searcher.search(query, limit).hits.map((hit) => hit.document.href);

/** Words from the course, for generated queries: whole, cut short, with a letter changed. */
const vocabulary = [
	...new Set(
		documents.flatMap((d) => d.fields.body.split(/[^\p{L}]+/u)).filter((w) => w.length > 2),
	),
].slice(0, 400);
const typedWord = fc
	.tuple(fc.constantFrom(...vocabulary), fc.nat(12), fc.boolean())
	.map(([word, cut, typo]) => {
		const part = word.slice(0, Math.max(2, word.length - cut));
		return typo && part.length > 4 ? `${part.slice(0, 2)}x${part.slice(3)}` : part;
	});

describe('scoring', () => {
	it('gives the scores lunr.Index#query gives for the same clauses', () => {
		const reference = referenceBuilder(documents).build();
		fc.assert(
			fc.property(fc.array(typedWord, { minLength: 1, maxLength: 3 }), (words) => {
				const query = words.join(' ');
				const clauses = searcher.plan(query);
				// lunr reads a query without clauses as "everything"; the searcher finds nothing.
				if (clauses.length === 0) {
					expect(searcher.search(query).total).toBe(0);
					return;
				}
				const expected = new Map(
					reference
						.query((q) =>
							clauses.forEach(({ term, boost }) => q.term(term, { usePipeline: false, boost })),
						)
						.map((r) => [Number(r.ref), r.score]),
				);
				const outcome = searcher.search(query, Infinity);
				expect(outcome.total).toBe(expected.size);
				for (const hit of outcome.hits)
					expect(hit.score, `${query}: ${hit.ref}`).toBeCloseTo(expected.get(hit.ref)!, 9);
			}),
			{ numRuns: 150 },
		);
	});

	it('ranks documents with all the words before those with some', () => {
		const { hits } = searcher.search('Vertrauen aufbauen', 50);
		const both = hits.map(
			(hit) =>
				hit.terms.some((t) => t.startsWith('vertraun')) &&
				hit.terms.some((t) => t.startsWith('aufbau')),
		);
		expect(both[0]).toBe(true);
		expect(both.indexOf(false)).toBeGreaterThan(both.lastIndexOf(true));
	});
});

describe('German as learners type it', () => {
	it('treats umlauts, ß and their transliterations alike', () => {
		expect(hrefs('Maßnahme')).toEqual(hrefs('Massnahme'));
		expect(hrefs('Qualität')).toEqual(hrefs('Qualitaet'));
		expect(hrefs('Überalterung')).toEqual(hrefs('Ueberalterung'));
	});

	it('finds inflected forms and compounds that begin with the word', () => {
		expect(hrefs('Beziehung')).toEqual(hrefs('Beziehungen'));
		const terms = searcher.search('Beziehung', 200).hits.flatMap((hit) => hit.terms);
		expect(terms).toContain('beziehungsqualitat');
	});

	it('matches prefixes while typing', () => {
		expect(hrefs('Kundenbew', 3)).toContain('/glossar/#kundenbewertung');
		expect(hrefs('Nachfol', 3)).toContain('/glossar/#nachfolgeregelung');
	});

	it('tolerates one typo in words of five letters or more', () => {
		expect(hrefs('Vetrauen', 3)).toContain('/glossar/#vertrauen'); // missing letter
		expect(hrefs('Vertaruen', 3)).toContain('/glossar/#vertrauen'); // swapped letters
		expect(hrefs('Sympatie', 3)).toContain('/glossar/#sympathie');
		expect(hrefs('Kudne').length).toBeGreaterThan(0); // "Kunde", five letters
		expect(hrefs('Knde')).toEqual([]); // four letters: too short to guess
	});

	it('finds nothing for stop words alone', () => {
		expect(searcher.search('die und der')).toEqual({ hits: [], total: 0, words: [] });
	});
});

describe('robustness', () => {
	it('never throws, whatever is typed or pasted', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (query) => {
				const outcome = searcher.search(query);
				expect(outcome.hits.length).toBeLessThanOrEqual(20);
			}),
			{ numRuns: 300 },
		);
		for (const query of [
			'Kunde:',
			'+',
			'-',
			'*',
			'~1',
			'^2',
			'title:Vertrauen',
			'"',
			'\\',
			'\u0000',
			' '.repeat(500),
		])
			expect(() => searcher.search(query)).not.toThrow();
	});

	it('refuses an index of another version or another analysis', () => {
		const index = JSON.parse(JSON.stringify(files.index));
		expect(() => new Searcher({ ...index, version: index.version + 1 })).toThrow('version');
		expect(
			() => new Searcher({ ...index, index: { ...index.index, pipeline: ['trimmer'] } }),
		).toThrow('text analysis');
	});

	it('refuses an index whose term file list or field lengths could mislead it', () => {
		const index = JSON.parse(JSON.stringify(files.index));
		expect(() => new Searcher(index)).not.toThrow();
		for (const termFiles of [['../x'], ['ab'], ['v', 'v'], ['%2e']])
			expect(() => new Searcher({ ...index, index: { ...index.index, termFiles } })).toThrow(
				'term files',
			);
		expect(
			() =>
				new Searcher({
					...index,
					index: { ...index.index, lengths: index.index.lengths.slice(1) },
				}),
		).toThrow('do not match');
		expect(() => new Searcher({ ...index, documents: index.documents.slice(1) })).toThrow(
			'do not match',
		);
	});

	it('finds the text chunk of every document', () => {
		documents.forEach((document, ref) => {
			const { chunk, offset } = searcher.textLocation(ref);
			expect(files.chunks[chunk]!.texts[offset]).toBe(document.text);
		});
	});
});
