import type { Assessment, GlossaryTerm, ModuleData, PathData } from '../../schemas';
import type { SearchDocument } from '../../schemas/search-index';
import { findMdxReferences } from '../content/mdx-references';
import { markdownText, mdxSections } from './markdown-text.ts';

/**
 * Turns the course into search documents: a module's overview and each of its headings, glossary
 * entries, learning paths, self-assessments and role-plays. Pure: entries and the addresses come in,
 * so the build (with Astro's collections and heading slugs) and the tests (content read from disk)
 * produce the same documents. Trainer notes are never indexed: learners must not find them.
 */

interface Entry<Data> {
	id: string;
	data: Data;
	body?: string;
}

/** A heading as Astro's `render()` reports it; its slug is the anchor on the page. */
export interface RenderedHeading {
	depth: number;
	slug: string;
	text: string;
}

export interface SearchableCourse {
	/** In course order; `headings` from `render()` when known (the tests have none, and link to the page). */
	modules: (Entry<Pick<ModuleData, 'title' | 'summary' | 'objectives'>> & {
		headings?: RenderedHeading[];
	})[];
	paths: Entry<Pick<PathData, 'title' | 'audience' | 'description'>>[];
	glossary: Entry<Pick<GlossaryTerm, 'term' | 'definition'>>[];
	assessments: Entry<Pick<Assessment, 'title' | 'description' | 'dimensions'>>[];
	/** Role-plays are indexed by title and, when the format has one, a `situation` or `summary` text. */
	roleplays: Entry<{ title: string } & Record<string, unknown>>[];
}

export interface SearchLinks {
	module: (moduleId: string) => string;
	path: (pathId: string) => string;
	glossary: (termId: string) => string;
	roleplay: (roleplayId: string) => string;
}

/** Section headings deeper than this stay text of their section rather than documents of their own. */
const DEEPEST_SECTION = 3;

const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

function moduleDocuments(
	module: SearchableCourse['modules'][number],
	href: string,
): SearchDocument[] {
	const { intro, sections } = mdxSections(module.body ?? '');
	const { title, summary, objectives } = module.data;
	if (module.headings && module.headings.length !== sections.length)
		throw new Error(
			`Suche: Modul "${module.id}" hat ${sections.length} Überschriften im Text, die Seite aber ${module.headings.length}.`,
		);
	const overview: SearchDocument = {
		kind: 'module',
		title,
		href,
		text: summary,
		fields: { title, heading: '', body: join(summary, ...objectives, intro) },
	};
	const parts = sections.flatMap((section, index): SearchDocument[] => {
		if (section.depth > DEEPEST_SECTION) return [];
		const rendered = module.headings?.[index];
		// The page's own heading text (with typographic quotes) and its slug, when the build knows them.
		const heading = rendered?.text ?? section.heading;
		const deeper = sections.slice(index + 1);
		const end = deeper.findIndex((next) => next.depth <= DEEPEST_SECTION);
		const text = join(
			section.text,
			...(end === -1 ? deeper : deeper.slice(0, end)).map((s) => join(s.heading, s.text)),
		);
		return [
			{
				kind: 'module',
				title,
				section: heading,
				href: rendered ? `${href}#${rendered.slug}` : href,
				text,
				fields: { title: '', heading, body: text },
			},
		];
	});
	return [overview, ...parts];
}

/** The first module (in course order) that embeds the self-assessment; it has no page of its own. */
function assessmentHome(course: SearchableCourse, assessmentId: string) {
	return course.modules.find((module) =>
		findMdxReferences(module.body ?? '').some(
			(ref) => ref.component === 'SelfAssessment' && ref.id === assessmentId,
		),
	);
}

const textField = (data: Record<string, unknown>, name: string) =>
	typeof data[name] === 'string' ? (data[name] as string) : undefined;

export function courseDocuments(course: SearchableCourse, links: SearchLinks): SearchDocument[] {
	const documents: SearchDocument[] = course.modules.flatMap((module) =>
		moduleDocuments(module, links.module(module.id)),
	);

	for (const entry of course.glossary) {
		const { term, definition } = entry.data;
		const body = join(definition, markdownText(entry.body ?? ''));
		documents.push({
			kind: 'glossary',
			title: term,
			href: links.glossary(entry.id),
			text: body,
			fields: { title: term, heading: '', body },
		});
	}

	for (const path of course.paths) {
		const { title, audience, description } = path.data;
		documents.push({
			kind: 'path',
			title,
			href: links.path(path.id),
			text: description,
			fields: { title, heading: audience, body: description },
		});
	}

	for (const assessment of course.assessments) {
		const home = assessmentHome(course, assessment.id);
		if (!home) continue; // not placed in any module: nothing to link to
		const { title, description, dimensions } = assessment.data;
		documents.push({
			kind: 'assessment',
			title,
			section: home.data.title,
			href: `${links.module(home.id)}#assessment-${assessment.id}`,
			text: description,
			fields: {
				title,
				heading: dimensions.map((dimension) => dimension.title).join(' '),
				body: join(
					description,
					...dimensions.flatMap((dimension) => [
						dimension.description,
						...dimension.items.map((item) => item.text),
					]),
				),
			},
		});
	}

	for (const roleplay of course.roleplays) {
		const { title } = roleplay.data;
		const situation = join(
			textField(roleplay.data, 'situation'),
			textField(roleplay.data, 'summary'),
		);
		documents.push({
			kind: 'roleplay',
			title,
			href: links.roleplay(roleplay.id),
			text: situation,
			fields: { title, heading: '', body: situation },
		});
	}
	return documents;
}
