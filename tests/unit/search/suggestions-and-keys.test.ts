import { describe, expect, it } from 'vitest';
import { suggestTerms } from '../../../src/lib/search/suggestions';
import { groupByKind } from '../../../src/client/search/render-results';
import { isSearchShortcut } from '../../../src/client/search/shortcuts';
import { courseSearch } from './course-index';

const key = (
	key: string,
	modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {},
) => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	defaultPrevented: false,
	...modifiers,
});

describe('suggestions when nothing is found', () => {
	const { documents } = courseSearch();

	it('offer the glossary terms spelled most like the query', () => {
		expect(suggestTerms(documents, 'Vertraunsbrch')[0]).toBe('Vertrauen');
		expect(suggestTerms(documents, 'Kundnbindng')[0]).toBe('Kundenbindung');
	});

	it('always offer some terms, all from the glossary', () => {
		const terms = suggestTerms(documents, 'xyz');
		const glossary = documents.filter((d) => d.kind === 'glossary').map((d) => d.title);
		expect(terms).toHaveLength(4);
		for (const term of terms) expect(glossary).toContain(term);
	});
});

describe('result groups', () => {
	it('follow the best hit of each kind', () => {
		const { searcher } = courseSearch();
		const { hits } = searcher.search('Vertrauen');
		const groups = groupByKind(hits);
		expect(groups[0]!.kind).toBe(hits[0]!.document.kind);
		expect(groups.flatMap((g) => g.hits)).toHaveLength(hits.length);
	});
});

describe('search shortcuts', () => {
	it('open on "/" (also Shift+7 on a German keyboard) and on Ctrl+K or ⌘K', () => {
		expect(isSearchShortcut(key('/'))).toBe(true);
		expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
		expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
	});

	it('leave other keys alone', () => {
		expect(isSearchShortcut(key('k'))).toBe(false);
		expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
		expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
		expect(isSearchShortcut({ ...key('/'), defaultPrevented: true })).toBe(false);
	});
});
