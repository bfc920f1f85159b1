import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import config, { layerRules } from '../../../.dependency-cruiser.mjs';

/**
 * The layers of src/ (README, "Architecture"): which folder may import which, checked with
 * dependency-cruiser's rules in .dependency-cruiser.mjs, and pure code free of browser globals,
 * checked with the TypeScript compiler. Each rule is also run on tests/fixtures/layers/, a small
 * tree that breaks every one of them, so a rule that stopped matching would fail here.
 */

type Violation = { rule: { name: string }; from: string; to: string };

async function violations(root: string, rules = layerRules(root)): Promise<Violation[]> {
	const { output } = await cruise([root], {
		...config.options,
		validate: true,
		ruleSet: { forbidden: rules },
	});
	if (typeof output === 'string') throw new Error(output);
	return output.summary.violations.map(({ rule, from, to }) => ({
		rule: { name: rule.name },
		from,
		to,
	}));
}

const describeAll = (found: Violation[]) => found.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);

describe('layers', () => {
	it('src/ imports only in the allowed directions, with no circles between folders or modules', async () => {
		expect(describeAll(await violations('src'))).toEqual([]);
	}, 60_000);

	it('every rule catches the import it is there for (tests/fixtures/layers)', async () => {
		const root = 'tests/fixtures/layers/src';
		const found = describeAll(await violations(root)).map((line) =>
			line.replaceAll(`${root}/`, ''),
		);
		expect(found).toEqual(
			expect.arrayContaining([
				'schemas-stand-alone: schemas/shape.ts → lib/pure.ts',
				'pure-lib-stays-pure: lib/pure.ts → client/reads.ts',
				expect.stringMatching(
					/^pure-lib-no-build-runtime: lib\/uses-lunr\.ts → node_modules\/lunr\//,
				),
				'no-node-outside-build: lib/uses-node.ts → fs',
				// A type-only import of a file that imports astro:content.
				'client-not-build: client/reads.ts → build/course-types.ts',
				'client-below-islands: client/uses-island.ts → islands/widget.ts',
				'page-scripts-are-entry-points: islands/widget.ts → scripts/page.ts',
				'islands-not-pages: islands/widget.ts → components/helper.ts',
				'build-not-browser: build/uses-client.ts → client/reads.ts',
				'no-circular-folders: lib/a → lib/b',
				'no-circular-modules: lib/c/one.ts → lib/c/two.ts',
			]),
		);
		const rulesHit = new Set(found.map((line) => line.split(':')[0]));
		expect([...rulesHit].sort()).toEqual(
			layerRules(root)
				.map((rule) => rule.name)
				.sort(),
		);
	}, 60_000);
});

/**
 * What pure code (lib, schemas, i18n) would not compile with, were there no browser: the files
 * type-checked against ECMAScript and Node's types only, without the DOM library.
 */
function withoutBrowser(files: string[]): string[] {
	const parsed = ts.getParsedCommandLineOfConfigFile(
		path.resolve('tsconfig.json'),
		{},
		{ ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
	)!;
	const options = {
		...parsed.options,
		lib: ['lib.es2023.d.ts'],
		types: ['node', 'vite/client'],
		noEmit: true,
	};
	const program = ts.createProgram(files, options);
	return ts
		.getPreEmitDiagnostics(program)
		.filter(
			(diagnostic) => diagnostic.file && files.includes(path.resolve(diagnostic.file.fileName)),
		)
		.map((diagnostic) => {
			const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
			return `${path.relative(process.cwd(), diagnostic.file!.fileName)}:${line + 1} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
		});
}

const sourceFiles = (...folders: string[]) =>
	ts.sys
		.readDirectory(
			path.resolve('.'),
			['.ts', '.tsx'],
			undefined,
			folders.map((folder) => `${folder}/**/*`),
		)
		.filter((file) => !file.endsWith('.d.ts'));

describe('pure code', () => {
	it('src/lib, src/schemas and src/i18n compile without the DOM: no window, document, localStorage or DOM types', () => {
		expect(withoutBrowser(sourceFiles('src/lib', 'src/schemas', 'src/i18n'))).toEqual([]);
	}, 120_000);

	it('the check finds browser code where it is (src/client/progress/store.ts uses window and StorageEvent)', () => {
		const found = withoutBrowser([path.resolve('src/client/progress/store.ts')]).join('\n');
		expect(found).toMatch(/Cannot find name 'window'/);
		expect(found).toMatch(/Cannot find name 'StorageEvent'/);
	}, 120_000);
});
