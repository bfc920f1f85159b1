import { z } from 'astro/zod';
import { SEARCH_INDEX_VERSION } from './search-index-version';

/**
 * The search files the build writes and the browser fetches when search first opens:
 * `/suche/index.json` (what every query needs: the documents the result list shows, the lunr index's
 * fields and field lengths), `/suche/begriffe/<key>.json` (the index terms by first letter, fetched
 * for the words typed) and `/suche/texte/<n>.json` (the texts snippets are cut from, in chunks,
 * fetched only for the results on screen).
 * Not authored: the build derives them from the course and checks them against these schemas before
 * writing. The browser checks `version`, the build hash and the shape it relies on by hand (Zod stays
 * out of the search bundle, which counts toward the bytes before the first result); bump the version
 * whenever a shape changes.
 */
export { SEARCH_INDEX_VERSION };

/** What a result belongs to; results are grouped by kind. */
export const SearchKindSchema = z.enum(['module', 'glossary', 'path', 'roleplay', 'assessment']);

/** One searchable unit as the result list shows it. */
export const StoredDocumentSchema = z.object({
	/** Group of the result. */
	kind: SearchKindSchema,
	/** Title of the page or entry, e.g. the module title for each of its sections. */
	title: z.string().min(1),
	/** Heading of the section the hit is in, or where a self-assessment sits. */
	section: z.string().min(1).optional(),
	/** Address to open, with `#anchor` for a section or glossary entry; includes the base path. */
	href: z.string().startsWith('/'),
});

/** A document as the index builder receives it. */
export const SearchDocumentSchema = StoredDocumentSchema.extend({
	/** Plain text the result snippet is cut from. */
	text: z.string(),
	/** Text of each indexed field. */
	fields: z.object({
		/** Boosted most: the page title, the glossary term. */
		title: z.string(),
		/** Boosted less: the section heading (for a path its audience, for a self-assessment its dimensions). */
		heading: z.string(),
		/** Boosted least: the body text. */
		body: z.string(),
	}),
});

/** The lunr index in compact form, without its terms (see src/lib/search/compact-index.ts). */
export const CompactIndexSchema = z.object({
	fields: z.array(z.string()).min(1),
	/** Per field, in the order of `fields`. */
	boosts: z.array(z.number().positive()),
	documentCount: z.number().int().nonnegative(),
	/** Labels of the search pipeline's steps; the browser refuses an index analysed differently. */
	pipeline: z.array(z.string()),
	/** Per field: each document's field length in base 36, separated by ",". */
	lengths: z.array(z.string().regex(/^[0-9a-z]*(,[0-9a-z]+)*$/)),
	/** Keys of the term files (`/suche/begriffe/<key>.json`), sorted. */
	termFiles: z.array(z.string().regex(/^[a-z_]$/)),
	/** Changes with the terms, so a cached term file of an older build is never mixed in. */
	hash: z.string().min(1),
});

/**
 * UI strings the result list needs, from the dictionary (src/i18n/de.json). They travel with the
 * index, which the search fetches anyway, instead of sitting in every page's HTML.
 */
export const SearchStringsSchema = z.object({
	countOne: z.string(),
	/** With {count}. */
	countMany: z.string(),
	/** With {count} and {shown}. */
	countShown: z.string(),
	/** With {query}. */
	noResults: z.string(),
	/** Leads into the suggested terms. */
	suggestions: z.string(),
	/** Link from the dialog to the search page with all results. */
	all: z.string(),
	/** Group names. */
	kinds: z.record(SearchKindSchema, z.string()),
});

export const SearchIndexFileSchema = z.object({
	version: z.literal(SEARCH_INDEX_VERSION),
	/** Stored documents; a document's position is its lunr ref. */
	documents: z.array(StoredDocumentSchema),
	texts: z.object({
		/** Changes with the texts, so a cached chunk of an older build is never mixed in. */
		hash: z.string().min(1),
		/** First document of each text chunk, ascending from 0. */
		starts: z.array(z.number().int().nonnegative()),
	}),
	index: CompactIndexSchema,
	strings: SearchStringsSchema,
});

/** `/suche/texte/<n>.json`: the texts of documents `start` to `start + texts.length - 1`. */
export const SearchTextChunkSchema = z.object({
	version: z.literal(SEARCH_INDEX_VERSION),
	/** The same as the index's `texts.hash`: a chunk of another build is recognised and not used. */
	hash: z.string().min(1),
	start: z.number().int().nonnegative(),
	texts: z.array(z.string()),
});

/** `/suche/begriffe/<key>.json`: the index terms that begin with one letter, with their postings. */
export const SearchTermFileSchema = z
	.object({
		version: z.literal(SEARCH_INDEX_VERSION),
		/** The same as the index's `index.hash`. */
		hash: z.string().min(1),
		/** The first letter of the terms; "_" for terms that begin with anything but a to z. */
		key: z.string().regex(/^[a-z_]$/),
		/** Sorted. */
		terms: z.array(z.string()),
		/** One per term: documents with the term frequency, per field (see compact-index.ts). */
		postings: z.array(z.string()),
	})
	.refine(
		(file) => file.terms.length === file.postings.length,
		'terms and postings differ in length',
	);

export type SearchKind = z.infer<typeof SearchKindSchema>;
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;
export type SearchDocument = z.infer<typeof SearchDocumentSchema>;
export type SearchIndexFile = z.infer<typeof SearchIndexFileSchema>;
export type SearchTextChunk = z.infer<typeof SearchTextChunkSchema>;
export type SearchTermFile = z.infer<typeof SearchTermFileSchema>;
export type SearchStrings = z.infer<typeof SearchStringsSchema>;
