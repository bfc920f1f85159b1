import type { SearchIndexFile, SearchTermFile, StoredDocument } from '../../schemas/search-index';
import { SEARCH_INDEX_VERSION } from '../../schemas/search-index-version.ts';
import {
	scoringOf,
	termFileKey,
	weighTerm,
	type FieldPostings,
	type Scoring,
} from './compact-index.ts';
import { analyseWord, germanPipelineLabels, splitWords } from './german.ts';
import { MAX_QUERY_LENGTH } from './query-param.ts';
import { longestTermStarting, oneEditAway, positionOf, withPrefix } from './term-expansion.ts';

/**
 * Searches the course index, in the browser and in the bench (plain Node imports this file, hence
 * the `.ts` in the imports of this folder). Rules, per word typed (stop words drop out), analysed by
 * lunr's German pipeline:
 * - the stem, boosted: "Beziehungen" finds "Beziehung";
 * - every term that begins with the stem: "Bezieh" while typing, and compounds ("Beziehungsqualität");
 * - from five letters on, when no term begins with the stem: a term the stem begins with that has at
 *   most two letters more ("Anerkennun" → "Anerkennung"), and what begins with it;
 * - otherwise, from five letters on, the terms one typo away ("Vetrauen" → "Vertrauen"), with the
 *   stem's first letter where there are any, else with a typo in the first letter too ("Fertrauen");
 * - documents that match more of the words rank first.
 * Scores are what `lunr.Index#query` returns for one clause per expanded term with these boosts (a unit
 * test compares the two on the real course). Terms arrive in files by first letter (compact-index.ts):
 * `termFilesFor` names those a query needs, `loadTermsFor` fetches them; only a first-letter typo needs
 * them all. No query string is parsed, so no input can raise a QueryParseError.
 */

export interface SearchOptions {
	/**
	 * Whether a word that matches nothing in its own term file is looked for with a typo in its first
	 * letter, which needs every term file (default true). The search box leaves it out while the
	 * learner types, when a word is often only half there, and searches with it once typing pauses.
	 */
	firstLetterTypos?: boolean;
}

/** Words searched per query. */
const MAX_WORDS = 8;
/** A word typed on past its stem ends at most this many letters after it, */
const MAX_LETTERS_PAST_STEM = 2;
/** and its stem has at least this many letters. */
const MIN_TYPED_ON_STEM = 4;
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
	/** Whether the reach needs every term file (a typo in the first letter). */
	everyFile: boolean;
}

/** Where a loaded term file's terms sit in the searcher's term list. */
interface Range {
	from: number;
	to: number;
}

const NO_TERMS: Range = { from: 0, to: 0 };

/** Words as lunr's tokenizer cuts them (same separators as at build time). */
export function queryWords(query: string): string[] {
	return splitWords(query.slice(0, MAX_QUERY_LENGTH)).slice(0, MAX_WORDS);
}

/**
 * Checks a fetched term file against what the searcher relies on (the browser bundles no schema
 * library): this build's, of the key asked for, terms sorted and of that key, a postings string each.
 */
function checkTermFile(file: SearchTermFile, key: string, hash: string): void {
	const fail = (reason: string) => {
		throw new Error(`Search terms "${key}": ${reason}.`);
	};
	if (typeof file !== 'object' || file === null) fail('not a file');
	if (file.version !== SEARCH_INDEX_VERSION || file.hash !== hash)
		fail('do not match the search index');
	if (file.key !== key) fail(`hold "${String(file.key)}"`);
	const { terms, postings } = file;
	if (!Array.isArray(terms) || !Array.isArray(postings) || terms.length !== postings.length)
		fail('incomplete');
	terms.forEach((term, i) => {
		if (
			typeof term !== 'string' ||
			typeof postings[i] !== 'string' ||
			termFileKey(term) !== key ||
			(i > 0 && !(terms[i - 1]! < term))
		)
			fail(`term ${i} invalid`);
	});
}

export class Searcher {
	readonly documents: StoredDocument[];
	/** Identifies the text chunks of the same build (see SearchIndexFile.texts). */
	readonly textsHash: string;
	/** Identifies the term files of the same build. */
	readonly termsHash: string;
	/** Keys of the term files this index has. */
	readonly termFileKeys: readonly string[];
	readonly #textStarts: number[];
	readonly #scoring: Scoring;
	/** Terms of the loaded term files, each file's sorted, with their postings. */
	readonly #terms: string[] = [];
	readonly #postings: FieldPostings[][] = [];
	readonly #termIndex = new Map<string, number>();
	readonly #loaded = new Map<string, Range>();

	constructor(file: SearchIndexFile) {
		if (file.version !== SEARCH_INDEX_VERSION)
			throw new Error(`Search index of version ${file.version}, expected ${SEARCH_INDEX_VERSION}.`);
		if (file.index.pipeline.join() !== germanPipelineLabels().join())
			throw new Error(
				`Search index built with another text analysis: ${file.index.pipeline.join(', ')}`,
			);
		// The rest of the file is only read, but these go into addresses and array sizes.
		const { index } = file;
		if (
			!index.termFiles.every((key, i) => /^[a-z_]$/.test(key) && index.termFiles.indexOf(key) === i)
		)
			throw new Error('Search index: invalid list of term files.');
		if (
			index.lengths.length !== index.fields.length ||
			index.boosts.length !== index.fields.length ||
			index.documentCount !== file.documents.length
		)
			throw new Error('Search index: fields and documents do not match.');
		this.documents = file.documents;
		this.textsHash = file.texts.hash;
		this.termsHash = file.index.hash;
		this.termFileKeys = file.index.termFiles;
		this.#textStarts = file.texts.starts;
		this.#scoring = scoringOf(file.index);
	}

	/** Adds a fetched term file (once; again is harmless). Throws when it is not one of this index's. */
	addTermFile(file: SearchTermFile, key = file.key): void {
		checkTermFile(file, key, this.termsHash);
		if (this.#loaded.has(key) || !this.termFileKeys.includes(key)) return;
		const from = this.#terms.length;
		file.terms.forEach((term, i) => {
			this.#termIndex.set(term, this.#terms.length);
			this.#terms.push(term);
			this.#postings.push(weighTerm(file.postings[i]!, this.#scoring));
		});
		this.#loaded.set(key, { from, to: this.#terms.length });
	}

	/** Keys of the term files `query` needs that are not loaded yet; `search` answers once there are none. */
	termFilesFor(query: string, options: SearchOptions = {}): string[] {
		const needed = new Set<string>();
		const missing = (key: string) => this.termFileKeys.includes(key) && !this.#loaded.has(key);
		for (const { word, stem } of this.#stems(queryWords(query))) {
			const key = termFileKey(stem);
			if (missing(key)) needed.add(key);
			else if (this.#reach(word, stem, options).everyFile)
				for (const other of this.termFileKeys) if (missing(other)) needed.add(other);
		}
		return [...needed];
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

	#stems(words: string[]): { word: string; stem: string }[] {
		// Punctuation alone ("+") trims to nothing.
		return words.flatMap((word) =>
			analyseWord(word).flatMap((stem) => (stem.length > 0 ? [{ word, stem }] : [])),
		);
	}

	#reach(
		word: string,
		stem: string,
		{ firstLetterTypos = true }: SearchOptions,
	): Omit<QueryWord, 'word' | 'stem'> {
		const terms = this.#terms;
		const own = this.#loaded.get(termFileKey(stem)) ?? NO_TERMS;
		// One letter matches too much as a prefix: it is searched as a whole word only.
		const asTyped =
			stem.length > 1
				? withPrefix(terms, own.from, own.to, stem)
				: [positionOf(terms, own.from, own.to, stem)].filter((at) => at !== -1);
		if (asTyped.length > 0 || word.length < FUZZY_FROM_LENGTH)
			return { fuzzy: false, reach: asTyped, everyFile: false };
		const typedOn = longestTermStarting(
			terms,
			own.from,
			own.to,
			stem,
			Math.max(MIN_TYPED_ON_STEM, stem.length - MAX_LETTERS_PAST_STEM),
		);
		if (typedOn !== -1)
			return {
				fuzzy: false,
				reach: withPrefix(terms, own.from, own.to, terms[typedOn]!),
				everyFile: false,
			};
		const near = oneEditAway(terms, own.from, own.to, stem);
		if (near.length > 0) return { fuzzy: true, reach: near, everyFile: false };
		// Nothing with the same first letter: perhaps the typo is in the first letter.
		// Left out on request, unless every term file is here anyway.
		if (!firstLetterTypos && this.#loaded.size < this.termFileKeys.length)
			return { fuzzy: true, reach: [], everyFile: false };
		const anywhere = this.termFileKeys.flatMap((key) => {
			const range = this.#loaded.get(key);
			return range ? oneEditAway(terms, range.from, range.to, stem) : [];
		});
		return { fuzzy: true, reach: anywhere, everyFile: true };
	}

	#analyse(words: string[], options: SearchOptions = {}): QueryWord[] {
		const stems = this.#stems(words);
		for (const { stem } of stems) {
			const key = termFileKey(stem);
			if (this.termFileKeys.includes(key) && !this.#loaded.has(key))
				throw new Error(`Search terms "${key}" not loaded (termFilesFor).`);
		}
		return stems.map(({ word, stem }) => {
			const reach = this.#reach(word, stem, options);
			if (reach.everyFile && this.#loaded.size < this.termFileKeys.length)
				throw new Error('Not all search terms loaded (termFilesFor).');
			return { word, stem, ...reach };
		});
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
				const boost = fuzzy
					? BOOST.fuzzy
					: term === exact
						? BOOST.exact
						: exact === undefined
							? BOOST.prefix
							: BOOST.compound;
				boosts.set(term, Math.max(boost, boosts.get(term) ?? 0));
			}
		}
		return boosts;
	}

	/** The clauses a query becomes: index terms with their boosts (for tests and for debugging). */
	plan(query: string): { term: string; boost: number }[] {
		return [...this.#clauses(this.#analyse(queryWords(query)))].map(([term, boost]) => ({
			term: this.#terms[term]!,
			boost,
		}));
	}

	search(query: string, limit = 20, options: SearchOptions = {}): SearchOutcome {
		const analysed = this.#analyse(queryWords(query), options);
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
			for (const term of reach)
				for (const { documents } of this.#postings[term]!)
					for (const document of documents) covered[document]! |= wordBits[w]!;
		});

		// Documents with more of the words first, then by score, ties by position in the course.
		const matched: number[] = [];
		const coverage = new Uint8Array(count);
		for (let document = 0; document < count; document++)
			if (covered[document]) {
				matched.push(document);
				coverage[document] = popcount(covered[document]!);
			}
		const top = topDocuments(
			matched,
			limit,
			(a, b) => coverage[a]! - coverage[b]! || scores[a]! - scores[b]! || b - a,
		);
		const norm = Math.sqrt(queryLength);
		return {
			total: matched.length,
			words,
			hits: top.map((ref) => ({
				ref,
				document: this.documents[ref]!,
				score: scores[ref]! / norm,
				terms: this.#termsOf(ref, clauses),
			})),
		};
	}

	/** The clause terms a document has in any field. */
	#termsOf(ref: number, clauses: Map<number, number>): string[] {
		const terms: string[] = [];
		for (const term of clauses.keys())
			if (this.#postings[term]!.some(({ documents }) => contains(documents, ref)))
				terms.push(this.#terms[term]!);
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
function topDocuments(
	documents: number[],
	limit: number,
	compare: (a: number, b: number) => number,
): number[] {
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

/**
 * Adds the term files `query` needs, fetched through `load` (in the browser over the network, in
 * the bench from disk): first the files of its words' first letters, then, when a word's typo may
 * be in its first letter, every other file.
 */
export async function loadTermsFor(
	searcher: Searcher,
	query: string,
	load: (key: string) => Promise<SearchTermFile>,
	options: SearchOptions = {},
): Promise<void> {
	for (
		let keys = searcher.termFilesFor(query, options);
		keys.length > 0;
		keys = searcher.termFilesFor(query, options)
	) {
		const files = await Promise.all(keys.map(load));
		files.forEach((file, i) => searcher.addTermFile(file, keys[i]));
	}
}
