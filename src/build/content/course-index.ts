import type { CourseIndex } from '../../lib/assignments/progress';
import { links } from '../../lib/links';
import type { Course } from './course';
import { moduleMeta, pathMeta, type PathMeta } from './progress-meta';

/** The course as the browser's islands see it: every path with its modules, and every module once. */
export async function courseIndex(course: Course): Promise<CourseIndex & { paths: PathMeta[] }> {
	const paths = await Promise.all(
		course.paths.map((path) =>
			pathMeta(course, path, {
				path: links.path(path.id),
				certificate: links.certificate(path.id),
				moduleInPath: (id) => links.moduleInPath(path.id, id),
			}),
		),
	);
	const modules = await Promise.all(course.modules.map((module) => moduleMeta(course, module)));
	return { paths, modules };
}
