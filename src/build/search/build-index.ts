import { createHash } from 'node:crypto';
import {
	SEARCH_INDEX_VERSION,
	type SearchDocument,
	type SearchIndexFile,
	type SearchStrings,
	type SearchTermFile,
	type SearchTextChunk,
} from '../../schemas/search-index';
import {
	encodeLengths,
	encodePostings,
	termFileKey,
	type CompactIndex,
} from '../../lib/search/compact-index.ts';
import { analyseWordWithLunr, lunrPipelineLabels, registerGerman } from './german-lunr.ts';

/**
 * Builds the search files at build time (Node only): the index a lunr builder with German analysis
 * would make, in compact form (its terms in term files by first letter), the stored documents the result list shows, and
 * the snippet texts in chunks. A document's position is its lunr ref, so refs cost a few bytes
 * instead of repeating addresses.
 */

/** Title hits count most, then headings, then body text. */
export const FIELD_BOOSTS = { title: 10, heading: 4, body: 1 } as const;

/**
 * Raw characters of snippet text per chunk (about 5 KB gzip). Small enough that the results on
 * screen fetch little they do not show, large enough that a query needs only a few requests and a
 * large course does not build thousands of files.
 */
export const TEXT_CHUNK_CHARS = 12_000;

export interface SearchFiles {
	index: SearchIndexFile;
	/** Term files; each is written to `/suche/begriffe/<key>.json`. */
	termFiles: SearchTermFile[];
	/** Text chunks; chunk n is written to `/suche/texte/<n>.json`. */
	chunks: SearchTextChunk[];
}

/** Postings of one term: per field (in `FIELD_BOOSTS` order), document → term frequency. */
type Postings = Map<number, number>[];

/** What the index needs of the documents: each term's postings and each field's length per document. */
export interface TermCounts {
	postings: Map<string, Postings>;
	/** Per field, per document: how many terms the field has (lunr's `fieldLengths`). */
	lengths: number[][];
}

/**
 * Counts terms per field of each document, as `lunr.Builder#add` counts them with the German
 * pipeline, without the builder's per-token objects (five times faster on a large course). Each
 * distinct word goes through the pipeline once; words are cut with lunr's own separator. A unit
 * test holds the counts to those of a lunr builder that analyses the raw text itself.
 */
export function countTerms(documents: SearchDocument[]): TermCounts {
	const { tokenizer } = registerGerman();
	const fields = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];
	const analysed = new Map<string, string[]>();
	const postings = new Map<string, Postings>();
	const lengths = fields.map(() => new Array<number>(documents.length).fill(0));
	const words = new Map<string, number>();
	documents.forEach((document, ref) => {
		fields.forEach((field, f) => {
			// Each distinct word of the field once, with how often it occurs.
			words.clear();
			for (const word of document.fields[field].toLowerCase().split(tokenizer.separator))
				if (word) words.set(word, (words.get(word) ?? 0) + 1);
			let length = 0;
			for (const [word, occurrences] of words) {
				let terms = analysed.get(word);
				if (!terms) analysed.set(word, (terms = analyseWordWithLunr(word)));
				for (const term of terms) {
					let byField = postings.get(term);
					if (!byField) postings.set(term, (byField = fields.map(() => new Map())));
					byField[f]!.set(ref, (byField[f]!.get(ref) ?? 0) + occurrences);
					length += occurrences;
				}
			}
			lengths[f]![ref] = length;
		});
	});
	return { postings, lengths };
}

/**
 * Names a file's content in its address (`?v=`), so a browser never mixes files of two builds. The
 * format version is part of it: files of an older format must not come back from the cache.
 */
function contentHash(content: unknown): string {
	return createHash('sha256')
		.update(`${SEARCH_INDEX_VERSION}:${JSON.stringify(content)}`)
		.digest('base64url')
		.slice(0, 10);
}

function compactIndex(
	{ postings, lengths }: TermCounts,
	documentCount: number,
): { index: CompactIndex; termFiles: SearchTermFile[] } {
	const byKey = new Map<string, string[]>();
	for (const term of [...postings.keys()].sort()) {
		const key = termFileKey(term);
		if (!byKey.has(key)) byKey.set(key, []);
		byKey.get(key)!.push(term);
	}
	const keys = [...byKey.keys()].sort();
	const files = keys.map((key) => ({
		key,
		terms: byKey.get(key)!,
		postings: byKey.get(key)!.map((term) => encodePostings(postings.get(term)!)),
	}));
	const hash = contentHash(files);
	return {
		index: {
			fields: Object.keys(FIELD_BOOSTS),
			boosts: Object.values(FIELD_BOOSTS),
			documentCount,
			pipeline: lunrPipelineLabels(), // the search pipeline the index was analysed with
			lengths: lengths.map((perDocument) => encodeLengths(perDocument)),
			termFiles: keys,
			hash,
		},
		termFiles: files.map((file) => ({ version: SEARCH_INDEX_VERSION, hash, ...file })),
	};
}

function textChunks(documents: SearchDocument[], hash: string): SearchTextChunk[] {
	const chunks: SearchTextChunk[] = [];
	let size = Infinity;
	documents.forEach((document, ref) => {
		if (size >= TEXT_CHUNK_CHARS) {
			chunks.push({ version: SEARCH_INDEX_VERSION, hash, start: ref, texts: [] });
			size = 0;
		}
		chunks.at(-1)!.texts.push(document.text);
		size += document.text.length;
	});
	return chunks;
}

export function buildSearchFiles(documents: SearchDocument[], strings: SearchStrings): SearchFiles {
	const hash = contentHash(documents.map((document) => document.text));
	const chunks = textChunks(documents, hash);
	const { index, termFiles } = compactIndex(countTerms(documents), documents.length);
	return {
		index: {
			version: SEARCH_INDEX_VERSION,
			documents: documents.map(({ kind, title, section, href }) =>
				section ? { kind, title, section, href } : { kind, title, href },
			),
			texts: { hash, starts: chunks.map((chunk) => chunk.start) },
			index,
			strings,
		},
		termFiles,
		chunks,
	};
}
