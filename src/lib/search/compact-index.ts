/**
 * A compact serialization of a lunr index, about a third of `lunr.Index#toJSON` after gzip.
 *
 * lunr's own JSON stores, for every document field, a vector of BM25 weights (three-decimal floats
 * that barely compress) next to the inverted index. The weights are derived data: they follow from
 * the term frequencies, the field lengths and lunr's fixed formula. So the build writes the sorted
 * terms and, per term and field, the documents with their term frequency, and `decodeIndex`
 * recomputes the weights exactly as `lunr.Builder#createFieldVectors` does (a unit test holds the two
 * to the same numbers). Text analysis (tokenizing, stop words, stemming) stays at build time.
 *
 * Postings of a term: one segment per field, separated by ";". A segment lists documents as
 * base-36 gaps from the previous document, "gap" or "gap:tf" when the term occurs more than once.
 */
export interface CompactIndex {
	fields: string[];
	/** Boost per field, in the order of `fields`. */
	boosts: number[];
	documentCount: number;
	/** Labels of the search pipeline's functions (registered by `registerGerman`). */
	pipeline: string[];
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

export interface DecodedIndex {
	terms: string[];
	documentCount: number;
	/** Per term (in the order of `terms`), per field. */
	postings: FieldPostings[][];
}

/** lunr's BM25 parameters (`lunr.Builder` defaults, which the build keeps). */
const K1 = 1.2;
const B = 0.75;

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

function parsePostings(encoded: string, fieldCount: number): { documents: number[]; tfs: number[] }[] {
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

export function decodeIndex(compact: CompactIndex): DecodedIndex {
	const { fields, boosts, documentCount } = compact;
	const parsed = compact.postings.map((encoded) => parsePostings(encoded, fields.length));

	// A field's length (tokens after the pipeline) is the sum of its term frequencies.
	const lengths = fields.map(() => new Float64Array(documentCount));
	for (const byField of parsed)
		byField.forEach(({ documents, tfs }, field) => documents.forEach((document, i) => (lengths[field]![document]! += tfs[i]!)));
	const averageLength = lengths.map((perDocument) => perDocument.reduce((sum, length) => sum + length, 0) / documentCount);

	const postings = parsed.map((byField) => {
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
	});
	return { terms: compact.terms, documentCount, postings };
}
