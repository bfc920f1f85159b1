// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { scrollableTables } from './src/lib/markdown/scrollable-tables.ts';
import { SCORM_BASE } from './scripts/scorm/base.mjs';

// The SCORM build (scripts/scorm/build-packages.mjs) puts every address under a placeholder base
// that the packager rewrites into relative addresses; the site itself is served from the root.
const scormBuild = process.env.BZW_SCORM === '1';

export default defineConfig({
	site: 'https://beziehungsweise.example',
	trailingSlash: 'always',
	...(scormBuild ? { base: SCORM_BASE } : {}),
	integrations: [mdx(), react()],
	markdown: {
		processor: satteri({ hastPlugins: [scrollableTables('Tabelle, seitlich scrollbar')] }),
	},
	// Scripts and styles as files: cached across pages instead of repeated in every page's HTML.
	build: { format: 'directory', inlineStylesheets: 'never' },
	prefetch: false,
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
