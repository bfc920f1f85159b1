import { findMdxReferences } from './mdx-references';
import type { Course } from './course-types';

/**
 * The course as one learning path's SCORM package holds it: the path, its modules, the knowledge
 * checks and self-assessments they embed, the role-plays that practise them, and the whole glossary
 * (its terms are the course's vocabulary and link only to each other). References to modules outside
 * the path (a module's related modules, a role-play's modules) are dropped, so no page of the package
 * links to a page it does not hold.
 */
export function courseOfPath(course: Course, pathId: string): Course {
	const path = course.paths.find((candidate) => candidate.id === pathId);
	if (!path) throw new Error(`BZW_SCORM_PATH: there is no learning path "${pathId}".`);
	const inPath = new Set(path.data.modules);
	const modules = course.modules
		.filter((module) => inPath.has(module.id))
		.map((module) => ({
			...module,
			data: { ...module.data, related: module.data.related.filter((id) => inPath.has(id)) },
		}));
	const embedded = new Set(
		modules.flatMap((module) =>
			findMdxReferences(module.body ?? '').map((reference) => reference.id),
		),
	);
	return {
		modules,
		paths: [path],
		quizzes: course.quizzes.filter((quiz) => embedded.has(quiz.id)),
		assessments: course.assessments.filter((assessment) => embedded.has(assessment.id)),
		glossary: course.glossary,
		roleplays: course.roleplays
			.filter((roleplay) => roleplay.data.modules.some((id) => inPath.has(id)))
			.map((roleplay) => ({
				...roleplay,
				data: { ...roleplay.data, modules: roleplay.data.modules.filter((id) => inPath.has(id)) },
			})),
	};
}
