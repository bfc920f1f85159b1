/**
 * Which folder may import which: the layers of src/ (README, "Architecture"). Checked by
 * tests/unit/architecture/layers.test.ts; `npx depcruise src` prints the same report.
 * Type-only imports count (tsPreCompilationDeps), so a type cannot smuggle a layer in either.
 */
// Build-time runtimes: Node's modules, Astro's virtual modules, the full lunr.
const buildRuntime = '^(node:|astro:)|node_modules/lunr/';

/**
 * The rules for a source tree at `root` (the tests also run them on a small tree that breaks each).
 * @returns {import('dependency-cruiser').IForbiddenRuleType[]}
 */
export function layerRules(root = 'src') {
	const layer = (name) => `^${root}/${name}/`;
	const inRoot = (names) => `^${root}/(${names})/`;
	const outside = (...allowed) => `^${root}/(?!(${allowed.join('|')})/)`;
	return [
		{
			name: 'schemas-stand-alone',
			comment: 'Schemas describe shapes; they import only other schemas and their library.',
			severity: 'error',
			from: { path: layer('schemas') },
			to: { path: outside('schemas') },
		},
		{
			name: 'pure-lib-stays-pure',
			comment: 'src/lib and src/i18n run anywhere: no build, browser, island or page code.',
			severity: 'error',
			from: { path: inRoot('lib|i18n') },
			to: { path: outside('lib', 'schemas', 'i18n') },
		},
		{
			name: 'pure-lib-no-build-runtime',
			comment: 'No Node, no astro:content, no full lunr (the browser analyses queries without it).',
			severity: 'error',
			from: { path: inRoot('lib|i18n|schemas') },
			to: { path: buildRuntime },
		},
		{
			name: 'client-not-build',
			comment: 'Browser code never imports build code, not even a type.',
			severity: 'error',
			from: { path: inRoot('client|islands|scripts') },
			to: { path: `${layer('build')}|${buildRuntime}` },
		},
		{
			name: 'no-node-outside-build',
			comment: "Node's own modules are for the build only.",
			severity: 'error',
			from: { path: `^${root}/(?!build/)` },
			to: { dependencyTypes: ['core'] },
		},
		{
			name: 'client-below-islands',
			comment: 'src/client serves islands and page scripts; it does not import them.',
			severity: 'error',
			from: { path: layer('client') },
			to: { path: inRoot('islands|scripts|components|layouts|pages') },
		},
		{
			name: 'page-scripts-are-entry-points',
			comment: 'Page scripts are loaded by pages; nothing else imports them.',
			severity: 'error',
			from: { pathNot: inRoot('scripts|pages|layouts|components') },
			to: { path: layer('scripts') },
		},
		{
			name: 'islands-not-pages',
			comment: 'Islands are mounted by page scripts; they do not import pages or Astro components.',
			severity: 'error',
			from: { path: layer('islands') },
			to: { path: inRoot('pages|layouts|components') },
		},
		{
			name: 'build-not-browser',
			comment: 'The build renders pages from content; it has no use for browser code.',
			severity: 'error',
			from: { path: layer('build') },
			to: { path: inRoot('client|islands|scripts') },
		},
		{
			name: 'no-circular-folders',
			comment: 'Two folders that import each other are one folder in disguise.',
			severity: 'error',
			scope: 'folder',
			from: { path: `^${root}/` },
			to: { circular: true },
		},
		{
			name: 'no-circular-modules',
			severity: 'error',
			from: { path: `^${root}/` },
			to: { circular: true },
		},
	];
}

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
	forbidden: layerRules(),
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '\\.astro$|^src/env\\.d\\.ts$' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
	},
};
