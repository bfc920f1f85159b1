import { createHash } from 'node:crypto';
import type lunr from 'lunr';
import {
	SEARCH_INDEX_VERSION,
	type SearchDocument,
	type SearchIndexFile,
	type SearchStrings,
	type SearchTermFile,
	type SearchTextChunk,
} from '../../schemas/search-index';
import { encodeLengths, encodePostings, termFileKey, type CompactIndex } from './compact-index.ts';
import { analyseWordWithLunr, germanAnalysis, registerGerman } from './german-lunr.ts';

/**
 * Builds the search files at build time (Node only): the lunr index with German analysis in compact
 * form (its terms in term files by first letter), the stored documents the result list shows, and
 * the snippet texts in chunks. A document's position is its lunr ref, so refs cost a few bytes
 * instead of repeating addresses.
 */

/** Title hits count most, then headings, then body text. */
export const FIELD_BOOSTS = { title: 10, heading: 4, body: 1 } as const;

/**
 * Raw characters of snippet text per chunk. Small enough that the results on screen fetch little
 * they do not show, large enough that a query needs only a few requests.
 */
export const TEXT_CHUNK_CHARS = 6_000;

/** What `lunr.Builder` keeps after `add` and before `build` (lunr 2.3; missing from @types/lunr). */
interface BuilderState {
	fieldTermFrequencies: Record<string, Record<string, number>>;
	/** Terms per field of each document, by field ref ("<field>/<document ref>"). */
	fieldLengths: Record<string, number>;
	searchPipeline: lunr.Pipeline;
}

export interface SearchFiles {
	index: SearchIndexFile;
	/** Term files; each is written to `/suche/begriffe/<key>.json`. */
	termFiles: SearchTermFile[];
	/** Text chunks; chunk n is written to `/suche/texte/<n>.json`. */
	chunks: SearchTextChunk[];
}

/**
 * The lunr builder with every document added. Each distinct word goes through the German pipeline
 * once (a course repeats its words thousands of times) and the builder receives the resulting terms,
 * its own pipeline emptied; a unit test holds the counts to those of a builder that analyses the raw
 * text itself. Words are cut with lunr's own separator, as lunr.tokenizer cuts them.
 */
export function germanBuilder(documents: SearchDocument[]): lunr.Builder {
	const lunr = registerGerman();
	const builder = new lunr.Builder();
	builder.use(germanAnalysis); // the search pipeline, recorded in the index
	builder.pipeline.reset(); // the words arrive analysed
	builder.ref('ref');
	for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, { boost });
	// No term positions: snippets are cut in the browser from the stored text.
	builder.metadataWhitelist = [];
	const analysed = new Map<string, string[]>();
	const terms = (text: string) =>
		text
			.toLowerCase()
			.split(lunr.tokenizer.separator)
			.flatMap((word) => {
				if (!word) return [];
				let result = analysed.get(word);
				if (!result) analysed.set(word, (result = analyseWordWithLunr(word)));
				return result;
			});
	documents.forEach(({ fields }, ref) => builder.add({ ref: String(ref), title: terms(fields.title), heading: terms(fields.heading), body: terms(fields.body) }));
	return builder;
}

/**
 * Names a file's content in its address (`?v=`), so a browser never mixes files of two builds. The
 * format version is part of it: files of an older format must not come back from the cache.
 */
function contentHash(content: unknown): string {
	return createHash('sha256').update(`${SEARCH_INDEX_VERSION}:${JSON.stringify(content)}`).digest('base64url').slice(0, 10);
}

function compactIndex(builder: lunr.Builder, documentCount: number): { index: CompactIndex; termFiles: SearchTermFile[] } {
	const { fieldTermFrequencies, fieldLengths, searchPipeline } = builder as unknown as BuilderState;
	const fields = Object.keys(FIELD_BOOSTS);
	const postings = new Map<string, Map<number, number>[]>();
	for (const [fieldRef, frequencies] of Object.entries(fieldTermFrequencies)) {
		// A lunr field ref reads "<field>/<document ref>".
		const slash = fieldRef.indexOf('/');
		const field = fields.indexOf(fieldRef.slice(0, slash));
		const document = Number(fieldRef.slice(slash + 1));
		for (const [term, tf] of Object.entries(frequencies)) {
			if (!postings.has(term)) postings.set(term, fields.map(() => new Map()));
			postings.get(term)![field]!.set(document, tf);
		}
	}
	const byKey = new Map<string, string[]>();
	for (const term of [...postings.keys()].sort()) {
		const key = termFileKey(term);
		if (!byKey.has(key)) byKey.set(key, []);
		byKey.get(key)!.push(term);
	}
	const keys = [...byKey.keys()].sort();
	const files = keys.map((key) => ({ key, terms: byKey.get(key)!, postings: byKey.get(key)!.map((term) => encodePostings(postings.get(term)!)) }));
	const hash = contentHash(files);
	return {
		index: {
			fields,
			boosts: Object.values(FIELD_BOOSTS),
			documentCount,
			pipeline: searchPipeline.toJSON() as unknown as string[], // lunr serializes a pipeline as its labels
			lengths: fields.map((field) => encodeLengths(Array.from({ length: documentCount }, (_, ref) => fieldLengths[`${field}/${ref}`] ?? 0))),
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
	const { index, termFiles } = compactIndex(germanBuilder(documents), documents.length);
	return {
		index: {
			version: SEARCH_INDEX_VERSION,
			documents: documents.map(({ kind, title, section, href }) => (section ? { kind, title, section, href } : { kind, title, href })),
			texts: { hash, starts: chunks.map((chunk) => chunk.start) },
			index,
			strings,
		},
		termFiles,
		chunks,
	};
}
