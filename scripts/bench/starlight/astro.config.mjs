// The bench's second baseline: Starlight, the site generator a course author would otherwise pick,
// publishing the same generated modules with its defaults (sidebar of every page, Pagefind search).
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [
		starlight({
			title: 'Synthetischer Kurs',
			locales: { root: { label: 'Deutsch', lang: 'de' } },
		}),
	],
});
