import type { APIRoute, GetStaticPaths } from 'astro';
import { messagesFor, t } from '../../../i18n';
import { getCourse } from '../../../build/content/course';
import { hasPathTest, pathTestOf } from '../../../build/content/path-tests';

/** Each learning path's test (entry and final alike) as a static JSON file for the quiz island. */
export const getStaticPaths = (async () => {
	const course = await getCourse();
	return course.paths
		.filter((path) => hasPathTest(course, path))
		.map((path) => ({
			params: { path: path.id },
			props: {
				data: pathTestOf(course, path, t('pathTest.finalTitle', { path: path.data.title })),
			},
		}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(
		JSON.stringify({ quiz: props.data, messages: messagesFor('quiz.', 'storage.', 'pathTest.') }),
		{ headers: { 'Content-Type': 'application/json' } },
	);
