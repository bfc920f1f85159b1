import { render } from 'astro:content';
import {
	SearchIndexFileSchema,
	SearchTermFileSchema,
	SearchTextChunkSchema,
} from '../../schemas/search-index';
import { getCourse, moduleHref } from '../content/course';
import { links } from '../../lib/links';
import { buildSearchFiles, type SearchFiles } from './build-index.ts';
import { courseDocuments } from './course-documents.ts';
import { searchStrings } from './search-strings';

/**
 * The search files of this build, made once and shared by the endpoints that write them
 * (`/suche/index.json`, `/suche/begriffe/<key>.json`, `/suche/texte/<n>.json`). Sections link to the slugs Astro gives the
 * headings on the module page.
 */
let files: Promise<SearchFiles> | undefined;

export function getSearchFiles(): Promise<SearchFiles> {
	files ??= build();
	return files;
}

async function build(): Promise<SearchFiles> {
	const course = await getCourse();
	const modules = await Promise.all(
		course.modules.map(async (module) => ({
			id: module.id,
			data: module.data,
			body: module.body,
			headings: (await render(module)).headings,
		})),
	);
	const documents = courseDocuments(
		{
			modules,
			paths: course.paths,
			glossary: course.glossary,
			assessments: course.assessments,
			roleplays: course.roleplays,
		},
		{
			module: (id) => moduleHref(course, id),
			path: links.path,
			glossary: links.glossary,
			roleplay: links.roleplay,
		},
	);
	const built = buildSearchFiles(documents, searchStrings());
	// What the browser will read is checked here, where a mistake can still fail the build.
	SearchIndexFileSchema.parse(built.index);
	for (const file of built.termFiles) SearchTermFileSchema.parse(file);
	for (const chunk of built.chunks) SearchTextChunkSchema.parse(chunk);
	return built;
}
