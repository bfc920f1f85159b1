import type { APIRoute, GetStaticPaths } from 'astro';
import type { SearchTextChunk } from '../../../schemas/search-index';
import { getSearchFiles } from '../../../build/search/course-search-files';

/** Snippet texts in chunks; the browser fetches a chunk when a result on screen needs it. */
export const getStaticPaths = (async () => {
	const { chunks } = await getSearchFiles();
	return chunks.map((chunk, n) => ({ params: { chunk: String(n) }, props: { chunk } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chunk: SearchTextChunk }> = ({ props }) =>
	new Response(JSON.stringify(props.chunk), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
