import { render } from 'astro:content';
import type { ModuleMeta } from '../../lib/progress/completion';
import type { PathMeta } from '../../lib/progress/path-completion';

export type { PathMeta };
import { pathTestKey } from '../../lib/quiz/path-test';
import { links } from '../../lib/links';
import { hasPathTest } from './path-tests';
import {
	moduleHref,
	modulesOfPath,
	quizIdsOfModule,
	type Course,
	type ModuleEntry,
	type PathEntry,
} from './course';

/**
 * What the browser needs to know about modules to compute progress: their sections (the `##`
 * headings) and their knowledge check. Built at build time, handed to page scripts and islands.
 */
const sectionsCache = new Map<string, Promise<string[]>>();

function sectionsOf(module: ModuleEntry): Promise<string[]> {
	let sections = sectionsCache.get(module.id);
	if (!sections) {
		sections = render(module).then(({ headings }) =>
			headings.filter((h) => h.depth === 2).map((h) => h.slug),
		);
		sectionsCache.set(module.id, sections);
	}
	return sections;
}

export async function moduleMeta(
	course: Course,
	module: ModuleEntry,
	href = moduleHref(course, module.id),
): Promise<ModuleMeta> {
	return {
		id: module.id,
		title: module.data.title,
		href,
		sections: await sectionsOf(module),
		quizId: quizIdsOfModule(module)[0],
	};
}

export async function pathMeta(
	course: Course,
	path: PathEntry,
	hrefs: { path: string; certificate: string; moduleInPath: (id: string) => string },
): Promise<PathMeta> {
	const modules = await Promise.all(
		modulesOfPath(course, path).map((module) =>
			moduleMeta(course, module, hrefs.moduleInPath(module.id)),
		),
	);
	const tests = {
		entryKey: pathTestKey('entry', path.id),
		finalKey: pathTestKey('final', path.id),
		hasFinalTest: hasPathTest(course, path),
		entryHref: links.pathTest(path.id, 'entry'),
		finalHref: links.pathTest(path.id, 'final'),
	};
	return {
		id: path.id,
		title: path.data.title,
		href: hrefs.path,
		certificateHref: hrefs.certificate,
		modules,
		tests,
	};
}
