import type { APIRoute } from 'astro';
import { messagesFor } from '../../i18n';
import { getCourse, moduleHref, quizIdsOfModule } from '../../lib/content/course';
import { pathMeta } from '../../lib/content/progress-meta';
import { links } from '../../lib/links';

/** The course's structure for the dashboard ("Mein Lernstand"), with the strings its island needs. */
export const GET: APIRoute = async () => {
	const course = await getCourse();
	const paths = await Promise.all(
		course.paths.map((path) =>
			pathMeta(course, path, { path: links.path(path.id), certificate: links.certificate(path.id), moduleInPath: (id) => links.moduleInPath(path.id, id) }),
		),
	);
	const quizzes = course.modules.flatMap((module) =>
		quizIdsOfModule(module).flatMap((quizId) => {
			const quiz = course.quizzes.find((q) => q.id === quizId);
			return quiz ? [{ id: quiz.id, title: quiz.data.title, passMark: quiz.data.passMark, moduleTitle: module.data.title, moduleHref: moduleHref(course, module.id) }] : [];
		}),
	);
	const assessments = course.assessments.map((entry) => {
		const host = course.modules.find((module) => module.body?.includes(`<SelfAssessment id="${entry.id}"`));
		return { id: entry.id, assessment: entry.data, href: host ? `${moduleHref(course, host.id)}#assessment-${entry.id}` : undefined };
	});
	const roleplays = course.roleplays.map((entry) => ({ id: entry.id, title: entry.data.title, href: links.roleplay(entry.id) }));
	return new Response(
		JSON.stringify({ paths, quizzes, assessments, roleplays, messages: messagesFor('dashboard.', 'storage.', 'assessment.', 'status.', 'path.', 'module.status', 'roleplay.outcome.') }),
		{ headers: { 'Content-Type': 'application/json' } },
	);
};
