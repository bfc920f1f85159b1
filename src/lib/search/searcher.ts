import type lunr from 'lunr';
import type { SearchIndexFile, StoredDocument } from '../../schemas/search-index';
import { SEARCH_INDEX_VERSION } from '../../schemas/search-index-version.ts';
import { decodeIndex, type FieldPostings } from './compact-index.ts';
import { analyseWord, germanPipelineLabels, registerGerman } from './german.ts';
import { MAX_QUERY_LENGTH } from './query-param.ts';

/**
 * Searches the course index, in the browser and in the bench (plain Node imports this file, hence
 * the `.ts` in the imports of this folder).
 *
 * Per word the learner typed (stop words drop out), analysed by lunr's German pipeline:
 * - the word's stem, boosted: "Beziehungen" finds "Beziehung";
 * - every index term that begins with the stem, found with lunr's TokenSet: "Bezieh" while typing,
 *   and compounds that begin with the word ("Beziehung" finds "Beziehungsqualität");
 * - from five letters on, when the index knows no term that begins with the stem, the terms one typo
 *   away (a letter wrong, missing, added or two swapped; lunr's TokenSet again): "Vetrauen" finds
 *   "Vertrauen", while "Kunde" does not also list "rund".
 * Documents that match more of the words rank first: "Vertrauen aufbauen" lists what has both before
 * what has one of them.
 *
 * Scoring is lunr's: a document's score is what `lunr.Index#query` returns for one clause per
 * expanded term with these boosts (the sum over fields of the query vector's dot product with the
 * document's BM25 field vector, over the query vector's length); a unit test compares the two on the
 * real course. It is computed here with typed arrays straight from the postings, because
 * `lunr.Index#query` allocates several objects per matching document and field: on the bench's
 * 500-module course a common word matches thousands of sections, and lunr took several milliseconds
 * for it where this takes about a tenth of one. No query string is ever parsed, so no input can
 * raise a QueryParseError.
 */

/** Words searched per query. */
const MAX_WORDS = 8;
/** Words this long or longer tolerate one typo. */
const FUZZY_FROM_LENGTH = 5;
export const BOOST = { exact: 13, prefix: 3, compound: 0.3, fuzzy: 6 } as const;

export interface SearchHit {
	ref: number;
	document: StoredDocument;
	score: number;
	/** Index terms (stems) this document matched: the snippet highlights words with these stems. */
	terms: string[];
}

export interface SearchOutcome {
	hits: SearchHit[];
	/** Documents that match any of the words, before the limit. */
	total: number;
	/** Words that took part (stop words and empty input leave this empty). */
	words: string[];
}

interface QueryWord {
	word: string;
	stem: string;
	/** Whether the word is searched with one typo: it is long enough and matches nothing as typed. */
	fuzzy: boolean;
	/** Indexes of every index term this word matches. */
	reach: number[];
}

/** lunr 2.3's TokenSet constructors, which @types/lunr leaves out. */
interface TokenSetStatics {
	fromArray(sortedWords: string[]): lunr.TokenSet;
	fromString(text: string): lunr.TokenSet;
	fromFuzzyString(text: string, editDistance: number): lunr.TokenSet;
}

/** Words as lunr's tokenizer cuts them (same separators as at build time). */
export function queryWords(query: string): string[] {
	const lunr = registerGerman();
	return lunr
		.tokenizer(query.slice(0, MAX_QUERY_LENGTH))
		.map((token) => token.toString())
		.filter((word) => word.length > 0)
		.slice(0, MAX_WORDS);
}

export class Searcher {
	readonly documents: StoredDocument[];
	/** Identifies the text chunks of the same build (see SearchIndexFile.texts). */
	readonly textsHash: string;
	readonly #textStarts: number[];
	readonly #terms: string[];
	readonly #termIndex: Map<string, number>;
	readonly #postings: FieldPostings[][];
	readonly #tokenSets: TokenSetStatics;
	readonly #allTerms: lunr.TokenSet;

	constructor(file: SearchIndexFile) {
		if (file.version !== SEARCH_INDEX_VERSION) throw new Error(`Suchindex in Version ${file.version}, erwartet ${SEARCH_INDEX_VERSION}.`);
		const lunr = registerGerman();
		if (file.index.pipeline.join() !== germanPipelineLabels().join())
			throw new Error(`Suchindex mit anderer Textanalyse gebaut: ${file.index.pipeline.join(', ')}`);
		const decoded = decodeIndex(file.index);
		this.documents = file.documents;
		this.textsHash = file.texts.hash;
		this.#textStarts = file.texts.starts;
		this.#postings = decoded.postings;
		this.#terms = decoded.terms;
		this.#termIndex = new Map(decoded.terms.map((term, index) => [term, index]));
		this.#tokenSets = lunr.TokenSet as unknown as TokenSetStatics;
		this.#allTerms = this.#tokenSets.fromArray(decoded.terms);
	}

	/** Which text chunk holds a document's snippet text, and where in it. */
	textLocation(ref: number): { chunk: number; offset: number } {
		let low = 0;
		let high = this.#textStarts.length - 1;
		while (low < high) {
			const middle = Math.ceil((low + high) / 2);
			if (this.#textStarts[middle]! <= ref) low = middle;
			else high = middle - 1;
		}
		return { chunk: low, offset: ref - (this.#textStarts[low] ?? 0) };
	}

	#expand(set: lunr.TokenSet): number[] {
		return this.#allTerms
			.intersect(set)
			.toArray()
			.map((term) => this.#termIndex.get(term)!);
	}

	#analyse(words: string[]): QueryWord[] {
		return words.flatMap((word) =>
			analyseWord(word)
				.filter((stem) => stem.length > 0) // punctuation alone ("+") trims to nothing
				.map((stem) => {
					// One letter matches too much as a prefix: it is searched as a whole word only.
					const asTyped = this.#expand(this.#tokenSets.fromString(stem.length > 1 ? `${stem}*` : stem));
					const fuzzy = asTyped.length === 0 && word.length >= FUZZY_FROM_LENGTH;
					return { word, stem, fuzzy, reach: fuzzy ? this.#expand(this.#tokenSets.fromFuzzyString(stem, 1)) : asTyped };
				}),
		);
	}

	/**
	 * Boost per expanded term: one clause per term, as a lunr query would have it. A word the index
	 * knows as typed was probably typed in full: its compounds then count less, or a rare compound
	 * ("Kundenbewertung", high idf) would outrank the word itself ("Kunden").
	 */
	#clauses(analysed: QueryWord[]): Map<number, number> {
		const boosts = new Map<number, number>();
		for (const { stem, fuzzy, reach } of analysed) {
			const exact = this.#termIndex.get(stem);
			for (const term of reach) {
				const boost = fuzzy ? BOOST.fuzzy : term === exact ? BOOST.exact : exact === undefined ? BOOST.prefix : BOOST.compound;
				boosts.set(term, Math.max(boost, boosts.get(term) ?? 0));
			}
		}
		return boosts;
	}

	/** The clauses a query becomes: index terms with their boosts (for tests and for debugging). */
	plan(query: string): { term: string; boost: number }[] {
		return [...this.#clauses(this.#analyse(queryWords(query)))].map(([term, boost]) => ({ term: this.#terms[term]!, boost }));
	}

	search(query: string, limit = 20): SearchOutcome {
		const analysed = this.#analyse(queryWords(query));
		const words = [...new Set(analysed.map((w) => w.word))];
		const clauses = this.#clauses(analysed);
		if (clauses.size === 0) return { hits: [], total: 0, words };

		const count = this.documents.length;
		const scores = new Float64Array(count);
		/** Bit i set: the document matched a term of word i. */
		const covered = new Uint8Array(count);
		let queryLength = 0;
		for (const [term, boost] of clauses) {
			queryLength += boost * boost;
			for (const { documents, weights } of this.#postings[term]!)
				for (let i = 0; i < documents.length; i++) scores[documents[i]!]! += boost * weights[i]!;
		}
		const wordBits = analysed.map((w) => 1 << words.indexOf(w.word));
		analysed.forEach(({ reach }, w) => {
			for (const term of reach) for (const { documents } of this.#postings[term]!) for (const document of documents) covered[document]! |= wordBits[w]!;
		});

		// Documents with more of the words first, then by score, ties by position in the course.
		const matched: number[] = [];
		const coverage = new Uint8Array(count);
		for (let document = 0; document < count; document++)
			if (covered[document]) {
				matched.push(document);
				coverage[document] = popcount(covered[document]!);
			}
		const top = topDocuments(matched, limit, (a, b) => coverage[a]! - coverage[b]! || scores[a]! - scores[b]! || b - a);
		const norm = Math.sqrt(queryLength);
		return {
			total: matched.length,
			words,
			hits: top.map((ref) => ({ ref, document: this.documents[ref]!, score: scores[ref]! / norm, terms: this.#termsOf(ref, clauses) })),
		};
	}

	/** The clause terms a document has in any field. */
	#termsOf(ref: number, clauses: Map<number, number>): string[] {
		const terms: string[] = [];
		for (const term of clauses.keys()) if (this.#postings[term]!.some(({ documents }) => contains(documents, ref))) terms.push(this.#terms[term]!);
		return terms;
	}
}

function popcount(bits: number): number {
	let count = 0;
	for (let rest = bits; rest; rest &= rest - 1) count++;
	return count;
}

function contains(sorted: Int32Array, value: number): boolean {
	let low = 0;
	let high = sorted.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (sorted[middle] === value) return true;
		if (sorted[middle]! < value) low = middle + 1;
		else high = middle - 1;
	}
	return false;
}

/** The `limit` best documents (`compare` > 0: the first is better), best first, without sorting every match. */
function topDocuments(documents: number[], limit: number, compare: (a: number, b: number) => number): number[] {
	const top: number[] = [];
	for (const document of documents) {
		if (top.length === limit && compare(document, top[top.length - 1]!) <= 0) continue;
		let at = top.length;
		while (at > 0 && compare(document, top[at - 1]!) > 0) at--;
		top.splice(at, 0, document);
		if (top.length > limit) top.pop();
	}
	return top;
}
