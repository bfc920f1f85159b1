import type { SearchIndexFile, SearchTextChunk } from '../../../schemas/search-index';
import { SEARCH_INDEX_VERSION } from '../../../schemas/search-index-version';
import { links } from '../../links';
import { Searcher } from '../searcher.ts';

/**
 * Fetches the search index once per page, and snippet texts chunk by chunk as results need them.
 * A failed fetch is forgotten, so the next attempt (the next keystroke or opening) tries again.
 */

let searcher: Promise<Searcher> | undefined;
const chunks = new Map<number, Promise<string[]>>();

async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

export function loadSearcher(): Promise<Searcher> {
	if (!searcher) {
		searcher = fetchJson<SearchIndexFile>(links.searchIndex()).then((file) => new Searcher(file));
		searcher.catch(() => (searcher = undefined));
	}
	return searcher;
}

/** The text a document's snippet is cut from ("" when its chunk cannot be had). */
export async function loadText(from: Searcher, ref: number): Promise<string> {
	const { chunk, offset } = from.textLocation(ref);
	let texts = chunks.get(chunk);
	if (!texts) {
		texts = fetchJson<SearchTextChunk>(links.searchTexts(chunk, from.textsHash)).then((file) => {
			if (file.version !== SEARCH_INDEX_VERSION) throw new Error(`Textblock ${chunk}: Version ${file.version}`);
			return file.texts;
		});
		chunks.set(chunk, texts);
		texts.catch(() => chunks.delete(chunk));
	}
	return (await texts.catch(() => []))[offset] ?? '';
}
