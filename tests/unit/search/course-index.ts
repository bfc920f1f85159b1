import { courseDocuments, type SearchLinks } from '../../../src/build/search/course-documents';
import { buildSearchFiles, type SearchFiles } from '../../../src/build/search/build-index';
import { Searcher } from '../../../src/lib/search/searcher';
import { searchStrings } from '../../../src/build/search/search-strings';
import type { SearchDocument } from '../../../src/schemas/search-index';
import { loadCourseFromDisk } from '../content/load-content';

/**
 * The real course's search documents and index, built from content/ the way the build does (minus
 * Astro's heading slugs, so sections link to their module page). Addresses use a simple scheme that
 * names the page: /module/<id>/, /glossar/#<id>, /pfade/<id>/, /rollenspiele/<id>/.
 */
export const testLinks: SearchLinks = {
	module: (id) => `/module/${id}/`,
	path: (id) => `/pfade/${id}/`,
	glossary: (id) => `/glossar/#${id}`,
	roleplay: (id) => `/rollenspiele/${id}/`,
};

let cached: { documents: SearchDocument[]; files: SearchFiles; searcher: Searcher } | undefined;

export function courseSearch() {
	if (!cached) {
		const documents = courseDocuments(loadCourseFromDisk(), testLinks);
		const files = buildSearchFiles(documents, searchStrings());
		// Through JSON, as the browser receives it; with every term file loaded.
		const searcher = new Searcher(JSON.parse(JSON.stringify(files.index)));
		for (const file of files.termFiles) searcher.addTermFile(JSON.parse(JSON.stringify(file)));
		cached = { documents, files, searcher };
	}
	return cached;
}
