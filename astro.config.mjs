// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { scrollableTables } from './src/build/markdown/scrollable-tables.ts';
import { plainDynamicImports } from './scripts/build/plain-dynamic-imports.mjs';
import { SCORM_BASE } from './scripts/scorm/base.mjs';
import { connectSources, getSiteConfig } from './src/build/site-config.ts';

// The SCORM build (scripts/scorm/build-packages.mjs) puts every address under a placeholder base
// that the packager rewrites into relative addresses; the site itself is served from the root.
const scormBuild = process.env.BZW_SCORM === '1';

export default defineConfig({
	site: 'https://beziehungsweise.example',
	// Every page is built as <path>/index.html and every link ends in "/"; 'ignore' (rather than
	// 'always') only lets the preview and dev servers also answer an address typed without the slash,
	// such as a shared search link `/suche?q=…`. The built files are the same either way.
	trailingSlash: 'ignore',
	...(scormBuild ? { base: SCORM_BASE } : {}),
	integrations: [mdx(), react()],
	markdown: {
		// No Shiki: it colours code with inline styles, which the CSP refuses; code blocks take the
		// site's own styles instead (and the build does not load a highlighter the course never needs).
		syntaxHighlight: false,
		processor: satteri({ hastPlugins: [scrollableTables('Tabelle, seitlich scrollbar')] }),
	},
	// Scripts and styles as files: cached across pages instead of repeated in every page's HTML.
	// Pages render a few at a time: while one waits on writing its file, the next renders (page
	// generation of the 500-module bench course took about a third less time than one at a time).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	prefetch: false,
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				// The learning record store's origin, when content/site.yaml names one (xAPI).
				`connect-src ${connectSources(getSiteConfig())}`,
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	vite: {
		plugins: [tailwindcss(), plainDynamicImports()],
		build: { assetsInlineLimit: 0 },
		environments: {
			client: {
				build: {
					rolldownOptions: {
						// Fewer, larger chunks where pages always load the parts together: React with the
						// small helpers only islands use, and the progress store with the code that always comes
						// with it. Each file is compressed on its own, so one file
						// is smaller than its parts; the groups must never pull React into a page without an island.
						output: {
							codeSplitting: {
								groups: [
									// A group also takes in what its modules import; the dynamic-import helper that
									// every page script uses must stay on its own, or pages would load a group for it.
									{ name: 'preload-helper', test: /preload-helper/, priority: 10 },
									// The placeholder filler that page scripts share with the islands' strings (i18n/client.ts):
									// on its own, or a module page's first script would pull in the React group for it.
									{ name: 'format', test: /src[\\/]i18n[\\/]format\.ts/, priority: 10 },
									{
										name: 'react',
										test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/](i18n[\\/]client\.ts|islands[\\/]shared[\\/]island-data\.tsx)/,
									},
									{
										name: 'progress',
										test: /src[\\/](client[\\/]progress[\\/]store|lib[\\/]progress[\\/](merge|state))\.ts/,
									},
									// Validation of stored progress, links and files: the schema library and the shapes.
									{
										name: 'progress-checks',
										test: /node_modules[\\/]valibot[\\/]|src[\\/](lib[\\/]progress[\\/](load|migrations)\.ts|schemas[\\/]stored[\\/])/,
									},
									// What pages show of the learner's progress besides the islands: statuses, notices.
									{
										name: 'progress-status',
										test: /src[\\/](lib[\\/]progress[\\/]completion|client[\\/]storage-notice-watch)\.ts/,
									},
								],
							},
						},
					},
				},
			},
		},
	},
});
