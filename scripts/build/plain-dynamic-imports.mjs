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
const DEPENDENCY_LIST = /const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/;
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
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk' || !chunk.code.includes('__vite__mapDeps')) continue;
					chunk.code = chunk.code.replace(DEPENDENCY_LIST, '').replace(DEPENDENCY_LOOKUP, 'void 0');
				}
			},
		},
	};
}
