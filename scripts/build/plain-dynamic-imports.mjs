/**
 * Vite wraps every dynamic `import()` of the client build in a preload helper (about 0.9 KB gzip,
 * plus a list of the imported chunk's dependencies in each importing file) that adds
 * `<link rel=modulepreload>` for those dependencies and loads the chunk's stylesheets. Here no
 * lazily loaded code imports a stylesheet (tests/unit/build/no-lazy-styles.test.ts holds to that),
 * and the browser fetches a chunk's own imports in parallel as soon as it has the chunk, so the
 * helper would save one round trip at most, on pages that count every kilobyte (issues 4 and 5).
 * This plugin makes the helper a plain call and drops the dependency lists.
 *
 * It relies on two names inside Vite (the helper's virtual module id and `__vite__mapDeps`). Should
 * Vite rename them, the plugin does nothing and the build stays correct, only heavier.
 */
const HELPER_ID = '\0vite/preload-helper.js';
const DEPENDENCY_LIST =
	/const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/;
const DEPENDENCY_LOOKUP = /__vite__mapDeps\(\[[\d,]*\]\)/g;

/** @returns {import('vite').Plugin} */
export function plainDynamicImports() {
	return {
		name: 'bzw:plain-dynamic-imports',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		load(id) {
			if (id === HELPER_ID) return 'export const __vitePreload = (load) => load();';
		},
		generateBundle: {
			// After Vite has written the dependency lists into the chunks.
			order: 'post',
			handler(_options, bundle) {
				const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
				for (const chunk of chunks) {
					if (!chunk.code.includes('__vite__mapDeps')) continue;
					chunk.code = chunk.code.replace(DEPENDENCY_LIST, '').replace(DEPENDENCY_LOOKUP, 'void 0');
					// Vite wrote the lists in another form: leaving a half would break the page at run time.
					if (chunk.code.includes('__vite__mapDeps'))
						this.error(
							`${chunk.fileName}: Vite's dependency list has a form this plugin does not know`,
						);
				}
				// Styles of lazily loaded code would have been loaded by the helper: none may exist.
				const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
				const eager = new Set();
				const visit = (name) => {
					if (eager.has(name)) return;
					eager.add(name);
					for (const imported of byName.get(name)?.imports ?? []) visit(imported);
				};
				for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
				for (const chunk of chunks)
					if (!eager.has(chunk.fileName) && chunk.viteMetadata?.importedCss?.size)
						this.error(
							`${chunk.fileName}: lazily loaded code imports a stylesheet (${[...chunk.viteMetadata.importedCss].join(', ')}); link it from the page instead`,
						);
			},
		},
	};
}
