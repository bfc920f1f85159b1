import type { APIRoute, GetStaticPaths } from 'astro';
import { messagesFor } from '../../i18n';
import { getCourse } from '../../build/content/course';

/** Each self-assessment as a static JSON file with the UI strings its island needs. */
export const getStaticPaths = (async () => {
	const course = await getCourse();
	return course.assessments.map((entry) => ({
		params: { assessment: entry.id },
		props: { data: entry.data },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(
		JSON.stringify({ assessment: props.data, messages: messagesFor('assessment.', 'storage.') }),
		{ headers: { 'Content-Type': 'application/json' } },
	);
