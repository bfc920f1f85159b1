import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
	AssessmentSchema,
	GlossaryTermSchema,
	MaterialSchema,
	ModuleSchema,
	PathSchema,
	QuizSchema,
	RoleplaySchema,
} from '../../../src/schemas';

/**
 * Reads the course from disk the way the build does (same schemas, ids from file names),
 * so content checks run in Vitest without a full Astro build.
 */
export const projectRoot = join(import.meta.dirname, '../../..');
export const contentRoot = join(projectRoot, 'content');

export interface LoadedEntry<T> {
	id: string;
	filePath: string;
	data: T;
	body: string;
}

function splitFrontmatter(text: string): { frontmatter: string; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	return match
		? { frontmatter: match[1] ?? '', body: match[2] ?? '' }
		: { frontmatter: '', body: text };
}

function load<T>(folder: string, extension: string, schema: z.ZodType<T>): LoadedEntry<T>[] {
	const dir = join(contentRoot, folder);
	return readdirSync(dir)
		.filter((name) => name.endsWith(extension))
		.sort()
		.map((name) => {
			const filePath = relative(projectRoot, join(dir, name));
			const text = readFileSync(join(dir, name), 'utf8');
			const { frontmatter, body } =
				extension === '.yaml' ? { frontmatter: text, body: '' } : splitFrontmatter(text);
			const result = schema.safeParse(parse(frontmatter));
			if (!result.success) {
				const issues = result.error.issues
					.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
					.join('; ');
				throw new Error(`${filePath}: ${issues}`);
			}
			return { id: name.slice(0, -extension.length), filePath, data: result.data, body };
		});
}

export function loadCourseFromDisk() {
	return {
		modules: load('modules', '.mdx', ModuleSchema),
		paths: load('paths', '.yaml', PathSchema),
		quizzes: load('quizzes', '.yaml', QuizSchema),
		assessments: load('assessments', '.yaml', AssessmentSchema),
		glossary: load('glossary', '.md', GlossaryTermSchema),
		roleplays: load('roleplays', '.yaml', RoleplaySchema),
		materials: load('materials', '.md', MaterialSchema),
	};
}

/** Words of an MDX body as a learner sees them: trainer notes, tags, Markdown syntax and punctuation-only tokens left out. */
export function bodyWords(body: string): string[] {
	return body
		.replace(/<TrainerNote\b[\s\S]*?<\/TrainerNote>/g, ' ') // trainers read these, learners do not
		.replace(/<[^>]+>/g, ' ')
		.replace(/[#*_>|`]/g, ' ')
		.split(/\s+/)
		.filter((token) => /[0-9A-Za-zÄÖÜäöüß]/.test(token));
}
