import type { SearchKind } from '../../../schemas/search-index';

/**
 * The UI strings the search code writes while it runs (counts, states, group names). The panel
 * renders them from the dictionary into `data-strings`, so the browser bundle carries no dictionary.
 */
export interface SearchStrings {
	loading: string;
	loadError: string;
	countOne: string;
	/** "{count} Treffer" */
	countMany: string;
	/** "{count} Treffer, die ersten {shown} …" */
	countShown: string;
	/** "Keine Treffer für „{query}“." */
	noResults: string;
	kinds: Record<SearchKind, string>;
}

export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}

/** Reads the strings the panel rendered; a missing or broken attribute is a build bug, so it throws. */
export function readStrings(element: HTMLElement): SearchStrings {
	const raw = element.dataset.strings;
	if (!raw) throw new Error('Suche: data-strings fehlt.');
	return JSON.parse(raw) as SearchStrings;
}
