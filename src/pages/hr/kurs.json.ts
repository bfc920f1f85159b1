import type { APIRoute } from 'astro';
import { messagesFor } from '../../i18n';
import { getCourse, pathDuration } from '../../build/content/course';
import { links } from '../../lib/links';
import type { HrData } from '../../islands/hr/types';

/** The course as the HR pages need it (what can be assigned), with their strings. */
export const GET: APIRoute = async () => {
	const course = await getCourse();
	const data: HrData = {
		paths: course.paths.map((path) => ({
			id: path.id,
			title: path.data.title,
			duration: pathDuration(course, path),
			moduleIds: path.data.modules,
		})),
		modules: course.modules.map((module) => ({
			id: module.id,
			title: module.data.title,
			duration: module.data.duration,
		})),
		links: { accept: links.assignment() },
		messages: messagesFor(
			'hr.',
			'status.',
			'assignment.late',
			'dashboard.none',
			'record.file.',
			'import.',
		),
	};
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
