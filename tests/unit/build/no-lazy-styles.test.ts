import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainDynamicImports } from '../../../scripts/build/plain-dynamic-imports.mjs';

/**
 * The client build replaces Vite's preload helper with a plain call (scripts/build/plain-dynamic-imports.mjs).
 * That helper is what loads the stylesheets of lazily imported code, so no script module may import
 * a stylesheet: styles belong to pages and components, which link them from the HTML.
 */
const root = join(import.meta.dirname, '../../..');
const STYLE_IMPORT =
	/\bimport\s*(?:[^'"]*from\s*)?['"][^'"]+\.(?:css|scss|sass|less|styl)(?:\?[^'"]*)?['"]|\bimport\(\s*['"][^'"]+\.(?:css|scss|sass|less|styl)/;

function scriptModules(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(?:ts|tsx|js|mjs|jsx)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('lazily loaded code', () => {
	it('the pattern catches a stylesheet import in each form', () => {
		for (const line of [
			`import './x.css';`,
			`import styles from "../y.css?inline";`,
			`const s = import('./z.scss')`,
		])
			expect(line).toMatch(STYLE_IMPORT);
		expect(`import { x } from './x.ts';`).not.toMatch(STYLE_IMPORT);
	});

	it('no script module under src/ imports a stylesheet', () => {
		const offenders = scriptModules(join(root, 'src')).filter((file) =>
			STYLE_IMPORT.test(readFileSync(file, 'utf8')),
		);
		expect(offenders.map((file) => relative(root, file))).toEqual([]);
	});

	it('the plugin turns the preload helper into a plain call and drops dependency lists', () => {
		const plugin = plainDynamicImports() as unknown as {
			load: (id: string) => string | undefined;
			generateBundle: {
				handler: (
					this: { error: (message: string) => never },
					options: unknown,
					bundle: Record<string, unknown>,
				) => void;
			};
		};
		const context = {
			error: (message: string): never => {
				throw new Error(message);
			},
		};
		const chunk = (fileName: string, code: string, extra: object = {}) => ({
			type: 'chunk',
			fileName,
			code,
			imports: [],
			isEntry: false,
			viteMetadata: { importedCss: new Set() },
			...extra,
		});
		expect(plugin.load('\0vite/preload-helper.js')).toContain('load()');
		expect(plugin.load('/src/other.ts')).toBeUndefined();

		const code = `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.js"])))=>i.map(i=>d[i]);\nimport{t as e}from"./preload-helper.js";e(()=>import("./a.js"),__vite__mapDeps([0,1]));`;
		const bundle = { 'x.js': chunk('x.js', code, { isEntry: true }) };
		plugin.generateBundle.handler.call(context, {}, bundle);
		expect(bundle['x.js'].code).toBe(
			`import{t as e}from"./preload-helper.js";e(()=>import("./a.js"),void 0);`,
		);

		// A dependency list in a form the plugin does not know stops the build instead of breaking pages.
		const odd = {
			'y.js': chunk(
				'y.js',
				`var __vite__mapDeps=function(i){return i};e(()=>import("./a.js"),__vite__mapDeps([0]));`,
				{ isEntry: true },
			),
		};
		expect(() => plugin.generateBundle.handler.call(context, {}, odd)).toThrow('does not know');

		// Styles: fine on a page's own scripts and what they import, refused on lazily loaded code.
		const styled = { importedCss: new Set(['_astro/lazy.css']) };
		const eager = {
			'page.js': chunk('page.js', '', { isEntry: true, imports: ['shared.js'] }),
			'shared.js': chunk('shared.js', '', { viteMetadata: styled }),
		};
		expect(() => plugin.generateBundle.handler.call(context, {}, eager)).not.toThrow();
		const lazy = {
			'page.js': chunk('page.js', '', { isEntry: true }),
			'island.js': chunk('island.js', '', { viteMetadata: styled }),
		};
		expect(() => plugin.generateBundle.handler.call(context, {}, lazy)).toThrow(
			'island.js: lazily loaded code imports a stylesheet',
		);
	});
});
