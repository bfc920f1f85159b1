import type { APIRoute, GetStaticPaths } from 'astro';
import { messagesFor } from '../../i18n';
import { getCourse } from '../../build/content/course';

/**
 * Each knowledge check as a static JSON file, loaded by the quiz island when it hydrates,
 * together with the UI strings the island needs (kept out of every module page's HTML).
 */
export const getStaticPaths = (async () => {
	const course = await getCourse();
	return course.quizzes.map((quiz) => ({ params: { quiz: quiz.id }, props: { data: quiz.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify({ quiz: props.data, messages: messagesFor('quiz.', 'storage.') }), {
		headers: { 'Content-Type': 'application/json' },
	});
