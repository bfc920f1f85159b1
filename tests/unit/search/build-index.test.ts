import { describe, expect, it } from 'vitest';
import { FIELD_BOOSTS, countTerms } from '../../../src/build/search/build-index';
import { scoringOf, termFileKey, weighTerm } from '../../../src/lib/search/compact-index';
import {
	SearchIndexFileSchema,
	SearchTermFileSchema,
	SearchTextChunkSchema,
} from '../../../src/schemas/search-index';
import { courseSearch } from './course-index';
import { referenceBuilder, type BuilderCounts } from './reference-lunr';

describe('search files of the real course', () => {
	const { documents, files } = courseSearch();

	it('match their schemas', () => {
		SearchIndexFileSchema.parse(files.index);
		for (const file of files.termFiles) SearchTermFileSchema.parse(file);
		for (const chunk of files.chunks) SearchTextChunkSchema.parse(chunk);
	});

	it('file every term under its first letter, once, sorted, and list the files in the index', () => {
		expect(files.index.index.termFiles).toEqual(files.termFiles.map((file) => file.key));
		for (const file of files.termFiles) {
			expect(
				file.terms.every((term) => termFileKey(term) === file.key),
				file.key,
			).toBe(true);
			expect(file.terms, file.key).toEqual([...file.terms].sort());
			expect(file.hash).toBe(files.index.index.hash);
		}
		// Exactly lunr's terms, each in one file only.
		const lunrTerms = (
			referenceBuilder(documents).build().toJSON() as unknown as { invertedIndex: [string][] }
		).invertedIndex.map(([term]) => term);
		const filed = files.termFiles.flatMap((file) => file.terms);
		expect(new Set(filed).size).toBe(filed.length);
		expect([...filed].sort()).toEqual([...lunrTerms].sort());
		expect(files.termFiles.map((file) => file.key)).toContain('v');
	});

	it('store every document once, without its indexed fields', () => {
		expect(files.index.documents).toHaveLength(documents.length);
		expect(Object.keys(files.index.documents[0]!).sort()).toEqual(['href', 'kind', 'title']);
	});

	it('keep every snippet text, in order, across the chunks', () => {
		expect(files.index.texts.starts).toEqual(files.chunks.map((chunk) => chunk.start));
		expect(files.chunks.flatMap((chunk) => chunk.texts)).toEqual(documents.map((d) => d.text));
	});

	it('count the terms a lunr builder counts when it analyses the raw text itself', () => {
		const lunrCounts = referenceBuilder(documents) as unknown as BuilderCounts;
		const { postings, lengths } = countTerms(documents);
		const fields = Object.keys(FIELD_BOOSTS);
		// Our postings, regrouped the way lunr files them: by field ref, then term.
		const frequencies: Record<string, Record<string, number>> = {};
		const fieldLengths: Record<string, number> = {};
		documents.forEach((_, ref) =>
			fields.forEach((field, f) => {
				frequencies[`${field}/${ref}`] = {};
				fieldLengths[`${field}/${ref}`] = lengths[f]![ref]!;
			}),
		);
		for (const [term, byField] of postings)
			byField.forEach((byDocument, f) =>
				byDocument.forEach((tf, ref) => (frequencies[`${fields[f]}/${ref}`]![term] = tf)),
			);
		expect(frequencies).toEqual({ ...lunrCounts.fieldTermFrequencies });
		expect(fieldLengths).toEqual({ ...lunrCounts.fieldLengths });
	});

	it('recompute exactly the BM25 weights lunr would serialize', () => {
		const lunrJson = referenceBuilder(documents).build().toJSON() as unknown as {
			invertedIndex: [string, { _index: number }][];
			fieldVectors: [string, number[]][];
		};
		const lunrIndexOf = new Map(
			lunrJson.invertedIndex.map(([term, posting]) => [posting._index, term]),
		);
		const scoring = scoringOf(files.index.index);
		const decoded = new Map(
			files.termFiles.flatMap((file) =>
				file.terms.map((term, i) => [term, weighTerm(file.postings[i]!, scoring)] as const),
			),
		);
		const fields = files.index.index.fields;
		for (const [fieldRef, elements] of lunrJson.fieldVectors) {
			const [field, ref] = fieldRef.split('/') as [string, string];
			for (let i = 0; i < elements.length; i += 2) {
				const term = lunrIndexOf.get(elements[i]!)!;
				const postings = decoded.get(term)![fields.indexOf(field)]!;
				const at = postings.documents.indexOf(Number(ref));
				expect(postings.weights[at], `${fieldRef} ${term}`).toBe(elements[i + 1]);
			}
		}
	});

	it('are the same for the same course (the texts hash only changes with the texts)', () => {
		const again = courseSearch().files;
		expect(again.index.texts.hash).toBe(files.index.texts.hash);
	});
});
