import type { APIRoute } from 'astro';
import { getSearchFiles } from '../../build/search/course-search-files';

/** The search index, written at build time; the browser fetches it when search first opens. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify((await getSearchFiles()).index), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
