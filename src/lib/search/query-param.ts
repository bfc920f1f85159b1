/** Longest query that is searched; longer input is cut (a pasted paragraph is no query). */
export const MAX_QUERY_LENGTH = 100;

/**
 * The query of a shared search link (`/suche/?q=…`). Anyone can craft such a link, so the value is
 * treated as untrusted text: control and format characters become spaces, runs of space collapse,
 * and it is cut to the longest query the search takes (by code points, never inside a character).
 * Hand-written rather than a Zod schema, which would add its weight to the search bundle.
 */
export function queryFromSearchParams(search: string | URLSearchParams): string {
	const raw = (typeof search === 'string' ? new URLSearchParams(search) : search).get('q') ?? '';
	const clean = raw
		.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('').trim();
}
