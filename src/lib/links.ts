/**
 * Every internal address the site links to, in one place, so the URL scheme (and a base path,
 * as an LMS package will need) changes here only.
 */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const href = (path: string): string => `${base}${path}`;

export const links = {
	home: () => href('/'),
	paths: () => href('/pfade/'),
	path: (pathId: string) => href(`/pfade/${pathId}/`),
	moduleInPath: (pathId: string, moduleId: string) => href(`/pfade/${pathId}/${moduleId}/`),
	module: (moduleId: string) => href(`/module/${moduleId}/`),
	glossary: (termId?: string) => href(`/glossar/${termId ? `#${termId}` : ''}`),
	about: () => href('/ueber/'),
	/** The search page; `query` prefilled from `?q=`. */
	search: (query?: string) => href(`/suche/${query ? `?q=${encodeURIComponent(query)}` : ''}`),
	/** The search index, fetched when search first opens. */
	searchIndex: () => href('/suche/index.json'),
	/** A chunk of snippet texts; `version` keeps a cached chunk of an older build out. */
	searchTexts: (chunk: number, version: string) => href(`/suche/texte/${chunk}.json?v=${encodeURIComponent(version)}`),
	/** A role-play scenario (its pages come with the role-play feature). */
	roleplay: (roleplayId: string) => href(`/rollenspiele/${roleplayId}/`),
};
