import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
	AssessmentSchema,
	GlossaryTermSchema,
	MaterialSchema,
	ModuleSchema,
	PathSchema,
	QuizSchema,
	RoleplaySchema,
} from './schemas';

/**
 * Authors write only under `content/`. `CONTENT_DIR` points the build at another folder
 * (the benchmark's synthetic corpus, the broken fixtures of the build tests).
 */
const contentDir = process.env.CONTENT_DIR ?? './content';
const from = (folder: string, pattern: string) =>
	glob({ base: `${contentDir}/${folder}`, pattern });

export const collections = {
	modules: defineCollection({ loader: from('modules', '**/*.mdx'), schema: ModuleSchema }),
	paths: defineCollection({ loader: from('paths', '**/*.yaml'), schema: PathSchema }),
	quizzes: defineCollection({ loader: from('quizzes', '**/*.yaml'), schema: QuizSchema }),
	assessments: defineCollection({
		loader: from('assessments', '**/*.yaml'),
		schema: AssessmentSchema,
	}),
	roleplays: defineCollection({ loader: from('roleplays', '**/*.yaml'), schema: RoleplaySchema }),
	glossary: defineCollection({ loader: from('glossary', '**/*.md'), schema: GlossaryTermSchema }),
	materials: defineCollection({ loader: from('materials', '**/*.md'), schema: MaterialSchema }),
};
