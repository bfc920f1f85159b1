import { t } from '../../i18n';
import type { SearchStrings } from '../../schemas/search-index';

/** The result list's strings from the dictionary, for the index file (see SearchStringsSchema). */
export function searchStrings(): SearchStrings {
	return {
		countOne: t('search.countOne'),
		countMany: t('search.countMany'),
		countShown: t('search.countShown'),
		noResults: t('search.noResults'),
		suggestions: t('search.suggestions'),
		all: t('search.all'),
		kinds: {
			module: t('search.kind.module'),
			glossary: t('search.kind.glossary'),
			path: t('search.kind.path'),
			roleplay: t('search.kind.roleplay'),
			assessment: t('search.kind.assessment'),
		},
	};
}
