import type { APIRoute, GetStaticPaths } from 'astro';
import type { SearchTermFile } from '../../../schemas/search-index';
import { getSearchFiles } from '../../../build/search/course-search-files';

/** Index terms by first letter; the browser fetches the files of the words a learner types. */
export const getStaticPaths = (async () => {
	const { termFiles } = await getSearchFiles();
	return termFiles.map((file) => ({ params: { key: file.key }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: SearchTermFile }> = ({ props }) =>
	new Response(JSON.stringify(props.file), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
