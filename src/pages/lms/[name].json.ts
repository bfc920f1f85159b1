import type { APIRoute, GetStaticPaths } from 'astro';
import { SCORM_BUILD } from '../../build/build-target';
import { getCourse, pathDuration } from '../../build/content/course';
import { getSiteConfig } from '../../build/site-config';

/**
 * `lms/pakete.json`, only in the SCORM build: the learning paths the packager makes packages of,
 * with what their manifests say about them (scripts/scorm/build-packages.mjs). Not in any package.
 */
export const getStaticPaths: GetStaticPaths = () =>
	SCORM_BUILD ? [{ params: { name: 'pakete' } }] : [];

export const GET: APIRoute = async () => {
	const course = await getCourse();
	const site = getSiteConfig();
	const packages = course.paths.map((path) => ({
		id: path.id,
		title: path.data.title,
		course: site.course,
		provider: site.provider.name,
		description: path.data.description,
		duration: pathDuration(course, path),
		launch: `lms/${path.id}/index.html`,
	}));
	return new Response(JSON.stringify(packages), {
		headers: { 'Content-Type': 'application/json' },
	});
};
