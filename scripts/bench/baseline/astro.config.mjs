// The bench's baseline: the least an Astro + MDX site needs to publish the same corpus
// (a glob collection and one page per entry). Kept minimal on purpose.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
