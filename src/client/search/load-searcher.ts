import type {
	SearchIndexFile,
	SearchStrings,
	SearchTermFile,
	SearchTextChunk,
} from '../../schemas/search-index';
import { SEARCH_INDEX_VERSION } from '../../schemas/search-index-version';
import { links } from '../../lib/links';
import { loadTermsFor, Searcher, type SearchOptions } from '../../lib/search/searcher.ts';

/**
 * Fetches the search index once per page, the term files (by first letter) as the words typed need
 * them, and snippet texts chunk by chunk as results need them. Each file is fetched once per page
 * and checked before use; a failed or refused fetch is forgotten, so the next attempt (the next
 * keystroke or opening) tries again.
 */

export interface LoadedSearch {
	searcher: Searcher;
	strings: SearchStrings;
}

let loaded: Promise<LoadedSearch> | undefined;
const chunks = new Map<number, Promise<string[]>>();
const termFiles = new Map<string, Promise<SearchTermFile>>();

async function fetchJson<T>(url: string, cache: RequestCache = 'default'): Promise<T> {
	const response = await fetch(url, { cache });
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

export function loadSearcher(): Promise<LoadedSearch> {
	if (!loaded) {
		// Revalidated on every page load (a cheap 304 when unchanged): after a new build the index
		// must not be an old one from the cache, while the text chunks carry its hash in their address.
		const indexUrl = new URL(links.searchIndex(), location.href);
		loaded = fetchJson<SearchIndexFile>(indexUrl.href, 'no-cache').then((file) => ({
			searcher: new Searcher(withAddressesFrom(file, indexUrl)),
			strings: file.strings,
		}));
		loaded.catch(() => (loaded = undefined));
	}
	return loaded;
}

/**
 * The documents' addresses as this page can use them. On the site they are root-absolute already;
 * in a SCORM package they are relative to the index file (scripts/scorm/relativize.mjs), which
 * pages at other depths must resolve first.
 */
function withAddressesFrom(file: SearchIndexFile, indexUrl: URL): SearchIndexFile {
	const documents = file.documents.map((document) => {
		const url = new URL(document.href, indexUrl);
		// Only addresses of this site; anything else (which the build never writes) leads nowhere.
		return {
			...document,
			href: url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : '#',
		};
	});
	return { ...file, documents };
}

function loadTermFile(searcher: Searcher, key: string): Promise<SearchTermFile> {
	let file = termFiles.get(key);
	if (!file) {
		file = fetchJson<SearchTermFile>(links.searchTerms(key, searcher.termsHash)).then((fetched) => {
			try {
				searcher.addTermFile(fetched, key); // throws for a file that is not this index's
			} catch (error) {
				// Most likely a new build went live since the index was fetched: forget the index
				// too, so the next attempt starts again from the current one.
				forgetIndex();
				throw error;
			}
			return fetched;
		});
		termFiles.set(key, file);
		file.catch(() => termFiles.delete(key));
	}
	return file;
}

function forgetIndex(): void {
	loaded = undefined;
	termFiles.clear();
	chunks.clear();
}

/** Fetches what `query` needs before `searcher.search(query)` can answer it; rejects when a file fails. */
export function prepareQuery(
	searcher: Searcher,
	query: string,
	options: SearchOptions = {},
): Promise<void> {
	return loadTermsFor(searcher, query, (key) => loadTermFile(searcher, key), options);
}

/** The text a document's snippet is cut from ("" when its chunk cannot be had). */
export async function loadText(from: Searcher, ref: number): Promise<string> {
	const { chunk, offset } = from.textLocation(ref);
	let texts = chunks.get(chunk);
	if (!texts) {
		texts = fetchJson<SearchTextChunk>(links.searchTexts(chunk, from.textsHash)).then((file) => {
			if (file.version !== SEARCH_INDEX_VERSION || file.hash !== from.textsHash)
				throw new Error(`Textblock ${chunk} passt nicht zum Suchindex.`);
			return file.texts;
		});
		chunks.set(chunk, texts);
		texts.catch(() => chunks.delete(chunk));
	}
	return (await texts.catch(() => []))[offset] ?? '';
}
