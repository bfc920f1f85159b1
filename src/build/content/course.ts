import { getCollection, type CollectionEntry } from 'astro:content';
import type { Course, ModuleEntry, PathEntry } from './course-types';
import { links } from '../../lib/links';
import { validateScenario } from '../../lib/roleplay/validate-scenario';
import { checkCourseIntegrity, formatProblems, type IntegrityProblem } from './integrity';
import { findMdxReferences } from './mdx-references';
import { SCORM_PATH } from '../build-target';
import { courseOfPath } from './course-of-path';

/**
 * The course as pages see it: every collection loaded once, cross-references checked
 * (a broken reference fails the build, naming file and field), and the lookups pages need.
 */

export type { Course, ModuleEntry, PathEntry } from './course-types';

let loaded: Promise<Course> | undefined;

export function getCourse(): Promise<Course> {
	loaded ??= loadCourse().then((course) =>
		SCORM_PATH ? courseOfPath(course, SCORM_PATH) : course,
	);
	return loaded;
}

async function loadCourse(): Promise<Course> {
	const [modules, paths, quizzes, assessments, glossary, roleplays] = await Promise.all([
		getCollection('modules'),
		getCollection('paths'),
		getCollection('quizzes'),
		getCollection('assessments'),
		getCollection('glossary'),
		getCollection('roleplays'),
	]);
	const problems = checkCourseIntegrity({
		modules,
		paths,
		quizzes,
		assessments,
		glossary,
		roleplays,
	});
	const scenarioProblems: IntegrityProblem[] = roleplays.flatMap((roleplay) =>
		validateScenario(roleplay.data).map((problem) => ({
			file: roleplay.filePath ?? `roleplays/${roleplay.id}`,
			...problem,
		})),
	);
	const reports = [
		problems.length > 0 ? formatProblems(problems) : '',
		scenarioProblems.length > 0
			? formatProblems(
					scenarioProblems,
					`Die Rollenspiele enthalten ${scenarioProblems.length} Fehler:`,
				)
			: '',
	].filter(Boolean);
	if (reports.length > 0) throw new Error(reports.join('\n\n'));
	// Role-plays follow the course: ordered by the earliest module they practise.
	const moduleOrder = new Map(modules.map((module) => [module.id, module.data.order]));
	const firstModuleOrder = (roleplay: CollectionEntry<'roleplays'>) =>
		Math.min(...roleplay.data.modules.map((id) => moduleOrder.get(id)!));
	return {
		modules: modules.sort((a, b) => a.data.order - b.data.order),
		paths: paths.sort((a, b) => a.data.order - b.data.order),
		quizzes,
		assessments,
		glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'de')),
		roleplays: roleplays.sort(
			(a, b) =>
				firstModuleOrder(a) - firstModuleOrder(b) || a.data.title.localeCompare(b.data.title, 'de'),
		),
	};
}

/** Role-plays that practise a module. */
export function roleplaysOfModule(course: Course, moduleId: string): Course['roleplays'] {
	return course.roleplays.filter((roleplay) => roleplay.data.modules.includes(moduleId));
}

// Modules by id, made once per course: every module page lists its path, so a search through all
// modules per entry would grow with the square of the course.
const moduleIndexes = new WeakMap<Course, Map<string, ModuleEntry>>();

export function moduleById(course: Course, id: string): ModuleEntry | undefined {
	let index = moduleIndexes.get(course);
	if (!index) {
		index = new Map(course.modules.map((module) => [module.id, module]));
		moduleIndexes.set(course, index);
	}
	return index.get(id);
}

export function modulesOfPath(course: Course, path: PathEntry): ModuleEntry[] {
	return path.data.modules.map((id) => {
		const module = moduleById(course, id);
		if (!module) throw new Error(`${path.filePath}: Modul "${id}" fehlt.`);
		return module;
	});
}

export function pathDuration(course: Course, path: PathEntry): number {
	return modulesOfPath(course, path).reduce((sum, module) => sum + module.data.duration, 0);
}

export function pathsContaining(course: Course, moduleId: string): PathEntry[] {
	return course.paths.filter((path) => path.data.modules.includes(moduleId));
}

/**
 * Where a module lives: inside the first learning path (in path order) that contains it, so
 * previous/next follow that path; a module in no path has its own page under /module/.
 */
export function moduleHref(course: Course, moduleId: string): string {
	const path = pathsContaining(course, moduleId)[0];
	return path ? links.moduleInPath(path.id, moduleId) : links.module(moduleId);
}

/** Modules that belong to no learning path; only these get a page of their own under /module/. */
export function modulesOutsidePaths(course: Course): ModuleEntry[] {
	return course.modules.filter((module) => pathsContaining(course, module.id).length === 0);
}

/** Neighbours of a module within a sequence (a path, or the whole course). */
export function neighbours<T extends { id: string }>(
	sequence: T[],
	id: string,
): { previous?: T; next?: T } {
	const index = sequence.findIndex((item) => item.id === id);
	return {
		previous: index > 0 ? sequence[index - 1] : undefined,
		next: index >= 0 ? sequence[index + 1] : undefined,
	};
}

/** Ids of the knowledge checks a module embeds; the module's completion depends on them. */
export function quizIdsOfModule(module: ModuleEntry): string[] {
	return findMdxReferences(module.body ?? '')
		.filter((reference) => reference.component === 'Quiz')
		.map((reference) => reference.id);
}

/** `getStaticPaths` for pages with one page per module (the audience screen and the presenter view). */
export async function staticPathsPerModule() {
	const course = await getCourse();
	return course.modules.map((module) => ({ params: { module: module.id }, props: { module } }));
}

/** `getStaticPaths` for pages with one page per learning path. */
export async function staticPathsPerPath() {
	const course = await getCourse();
	return course.paths.map((path) => ({ params: { path: path.id }, props: { path } }));
}

/** `getStaticPaths` for pages with one page per role-play scenario. */
export async function staticPathsPerRoleplay() {
	const course = await getCourse();
	return course.roleplays.map((roleplay) => ({
		params: { roleplay: roleplay.id },
		props: { roleplay },
	}));
}
