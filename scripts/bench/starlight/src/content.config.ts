import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// The generated modules (CONTENT_DIR) as Starlight's docs collection; their own frontmatter beyond
// Starlight's fields is ignored.
export const collections = {
	docs: defineCollection({
		loader: glob({ base: `${process.env.CONTENT_DIR}/modules`, pattern: '**/*.mdx' }),
		schema: docsSchema(),
	}),
};
