import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, queryFromSearchParams } from '../../../src/lib/search/query-param';

describe('the ?q= of a shared search link', () => {
	it('reads the query', () => {
		expect(queryFromSearchParams('?q=Vertrauen')).toBe('Vertrauen');
		expect(queryFromSearchParams('?q=Ma%C3%9Fnahme+Kunde')).toBe('Maßnahme Kunde');
		expect(queryFromSearchParams('')).toBe('');
	});

	it('turns control and format characters into spaces and collapses space', () => {
		expect(
			queryFromSearchParams(`?q=${encodeURIComponent('  Ver\u0000trauen\u200b \n Kunde ')}`),
		).toBe('Ver trauen Kunde');
	});

	it(`cuts at ${MAX_QUERY_LENGTH} characters without splitting one`, () => {
		const long = `${'ä'.repeat(MAX_QUERY_LENGTH - 1)}😀😀`;
		const query = queryFromSearchParams(`?q=${encodeURIComponent(long)}`);
		expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
		expect(query.endsWith('😀')).toBe(true);
	});
});
