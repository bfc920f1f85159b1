import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	modules: defineCollection({
		loader: glob({ base: `${process.env.CONTENT_DIR}/modules`, pattern: '**/*.mdx' }),
		schema: z.looseObject({ title: z.string() }),
	}),
};
