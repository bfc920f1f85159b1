/**
 * A compact serialization of a lunr index, about a third of `lunr.Index#toJSON` after gzip, split so
 * that a query fetches only the terms it can match.
 *
 * lunr's own JSON stores, for every document field, a vector of BM25 weights (three-decimal floats
 * that barely compress) next to the inverted index. The weights are derived data: they follow from
 * the term frequencies, the field lengths and lunr's fixed formula. So the build writes the field
 * lengths and, per term and field, the documents with their term frequency, and `weighTerm`
 * recomputes the weights exactly as `lunr.Builder#createFieldVectors` does (a unit test holds the two
 * to the same numbers). Text analysis (tokenizing, stop words, stemming) stays at build time.
 *
 * Files: the index file holds what every query needs (fields, boosts, field lengths); the terms sit
 * in term files by their first letter (`termFileKey`), each with its terms sorted and their postings.
 * Every term that begins with a typed word is in that word's term file, and so are most terms one
 * typo away (the typo after the first letter).
 *
 * Postings of a term: one segment per field, separated by ";". A segment lists documents as
 * base-36 gaps from the previous document, "gap" or "gap:tf" when the term occurs more than once.
 * Field lengths: per field, every document's length (terms after analysis) in base 36, with ",".
 */
export interface CompactIndex {
	fields: string[];
	/** Boost per field, in the order of `fields`. */
	boosts: number[];
	documentCount: number;
	/** Labels of the search pipeline's functions (see german.ts). */
	pipeline: string[];
	/** Per field, the length of each document's field (see above). */
	lengths: string[];
	/** Keys of the term files, sorted; a key not listed has no terms. */
	termFiles: string[];
	/** Changes with the terms, so a cached term file of an older build is never mixed in. */
	hash: string;
}

/** The terms that begin with one letter (or, under "_", with anything but a to z). */
export interface TermFile {
	key: string;
	/** Index terms, sorted. */
	terms: string[];
	/** Postings, one string per term in the order of `terms`. */
	postings: string[];
}

/** One term's documents in one field, ascending, with the term's BM25 weight in each. */
export interface FieldPostings {
	documents: Int32Array;
	weights: Float64Array;
}

/** What weighing a term needs from the index file. */
export interface Scoring {
	boosts: number[];
	documentCount: number;
	/** Per field, per document. */
	lengths: Float64Array[];
	/** Per field. */
	averageLength: number[];
}

/** lunr's BM25 parameters (`lunr.Builder` defaults, which the build keeps). */
const K1 = 1.2;
const B = 0.75;

/** The term file a term belongs to: its first letter, "_" for digits and everything else. */
export function termFileKey(term: string): string {
	const first = term.charAt(0);
	return first >= 'a' && first <= 'z' ? first : '_';
}

export function encodePostings(byField: Map<number, number>[]): string {
	return byField
		.map((documents) => {
			let previous = 0;
			return [...documents.entries()]
				.sort(([a], [b]) => a - b)
				.map(([document, tf]) => {
					const gap = (document - previous).toString(36);
					previous = document;
					return tf > 1 ? `${gap}:${tf.toString(36)}` : gap;
				})
				.join(',');
		})
		.join(';');
}

export function encodeLengths(lengths: number[]): string {
	return lengths.map((length) => length.toString(36)).join(',');
}

/** The field lengths and their averages, as `lunr.Builder#calculateAverageFieldLengths` has them. */
export function scoringOf(index: CompactIndex): Scoring {
	const lengths = index.fields.map((_, field) => {
		const perDocument = new Float64Array(index.documentCount);
		(index.lengths[field] ?? '').split(',').forEach((length, document) => {
			if (document < index.documentCount) perDocument[document] = parseInt(length, 36) || 0;
		});
		return perDocument;
	});
	const averageLength = lengths.map(
		(perDocument) => perDocument.reduce((sum, length) => sum + length, 0) / index.documentCount,
	);
	return { boosts: index.boosts, documentCount: index.documentCount, lengths, averageLength };
}

function parsePostings(
	encoded: string,
	fieldCount: number,
): { documents: number[]; tfs: number[] }[] {
	const segments = encoded.split(';');
	return Array.from({ length: fieldCount }, (_, field) => {
		const documents: number[] = [];
		const tfs: number[] = [];
		let previous = 0;
		for (const entry of (segments[field] ?? '').split(',')) {
			if (!entry) continue;
			const colon = entry.indexOf(':');
			previous += parseInt(colon === -1 ? entry : entry.slice(0, colon), 36);
			documents.push(previous);
			tfs.push(colon === -1 ? 1 : parseInt(entry.slice(colon + 1), 36));
		}
		return { documents, tfs };
	});
}

/** A term's postings per field, with the BM25 weight lunr gives the term in each document. */
export function weighTerm(encoded: string, scoring: Scoring): FieldPostings[] {
	const { boosts, documentCount, lengths, averageLength } = scoring;
	const byField = parsePostings(encoded, boosts.length);
	// lunr.idf: the documents with the term are counted once per field they have it in.
	const withTerm = byField.reduce((sum, { documents }) => sum + documents.length, 0);
	const idf = Math.log(1 + Math.abs((documentCount - withTerm + 0.5) / (withTerm + 0.5)));
	return byField.map(({ documents, tfs }, field): FieldPostings => {
		const weights = new Float64Array(documents.length);
		documents.forEach((document, i) => {
			const tf = tfs[i]!;
			const norm = K1 * (1 - B + B * (lengths[field]![document]! / averageLength[field]!)) + tf;
			const score = ((idf * ((K1 + 1) * tf)) / norm) * boosts[field]!;
			weights[i] = Math.round(score * 1000) / 1000;
		});
		return { documents: Int32Array.from(documents), weights };
	});
}
