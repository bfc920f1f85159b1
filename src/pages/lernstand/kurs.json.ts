import type { APIRoute } from 'astro';
import { messagesFor } from '../../i18n';
import { getCourse, moduleHref, quizIdsOfModule } from '../../build/content/course';
import { courseIndex } from '../../build/content/course-index';
import { getSiteConfig } from '../../build/site-config';
import { links } from '../../lib/links';

/**
 * The course's structure for the learner's islands (the dashboard "Mein Lernstand", the assignment
 * page, the printable completion record), with the strings they need.
 */
export const GET: APIRoute = async () => {
	const course = await getCourse();
	const { paths, modules } = await courseIndex(course);
	const quizzes = course.modules.flatMap((module) =>
		quizIdsOfModule(module).flatMap((quizId) => {
			const quiz = course.quizzes.find((q) => q.id === quizId);
			return quiz
				? [
						{
							id: quiz.id,
							title: quiz.data.title,
							passMark: quiz.data.passMark,
							moduleTitle: module.data.title,
							moduleHref: moduleHref(course, module.id),
						},
					]
				: [];
		}),
	);
	const assessments = course.assessments.map((entry) => {
		const host = course.modules.find((module) =>
			module.body?.includes(`<SelfAssessment id="${entry.id}"`),
		);
		return {
			id: entry.id,
			assessment: entry.data,
			href: host ? `${moduleHref(course, host.id)}#assessment-${entry.id}` : undefined,
		};
	});
	const roleplays = course.roleplays.map((entry) => ({
		id: entry.id,
		title: entry.data.title,
		href: links.roleplay(entry.id),
	}));
	return new Response(
		JSON.stringify({
			paths,
			modules,
			quizzes,
			assessments,
			roleplays,
			links: { dashboard: links.dashboard(), record: links.record(), workbench: links.workbench() },
			issuer: {
				platform: getSiteConfig().platform,
				course: getSiteConfig().course,
				provider: getSiteConfig().provider.name,
			},
			messages: messagesFor(
				'dashboard.',
				'import.',
				'storage.',
				'assessment.',
				'status.',
				'path.',
				'module.status',
				'assignment.',
				'record.',
				'roleplay.outcome.',
			),
		}),
		{ headers: { 'Content-Type': 'application/json' } },
	);
};
