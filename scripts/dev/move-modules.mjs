// One-off refactoring helper: moves source files (git mv) and rewrites every relative import
// that points at a moved file, in all files of the tree. Usage: node move-modules.mjs old:new ...
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const moves = new Map(process.argv.slice(2).map((pair) => pair.split(':').map((p) => path.resolve(root, p))));
const files = execFileSync('git', ['ls-files', 'src', 'tests', 'scripts', 'astro.config.mjs', 'vitest.config.ts', 'playwright.config.ts'], { encoding: 'utf8' })
	.split('\n')
	.filter((f) => /\.(ts|tsx|mts|mjs|js|astro|mdx)$/.test(f));
const exts = ['', '.ts', '.tsx', '.mjs', '.js', '.astro', '/index.ts'];
const resolveExisting = (abs) => {
	for (const ext of exts) if (existsSync(abs + ext) || moves.has(abs + ext)) return { file: abs + ext, ext };
	return null;
};
const newPathOf = (abs) => moves.get(abs) ?? abs;
const specifier = /((?:from|import|import\(|vi\.mock\(|vi\.importActual\()\s*)(['"])(\.{1,2}\/[^'"]+)\2/g;
for (const rel of files) {
	const oldAbs = path.resolve(root, rel);
	const newAbs = newPathOf(oldAbs);
	const source = readFileSync(oldAbs, 'utf8');
	let changed = false;
	const out = source.replace(specifier, (match, lead, quote, spec) => {
		const target = resolveExisting(path.resolve(path.dirname(oldAbs), spec));
		if (!target) return match;
		const movedTarget = newPathOf(target.file);
		if (movedTarget === target.file && newAbs === oldAbs) return match;
		let base = movedTarget;
		if (target.ext && !spec.endsWith(target.ext)) base = movedTarget.slice(0, movedTarget.length - target.ext.length);
		let next = path.relative(path.dirname(newAbs), base).split(path.sep).join('/');
		if (!next.startsWith('.')) next = `./${next}`;
		if (next !== spec) changed = true;
		return `${lead}${quote}${next}${quote}`;
	});
	if (changed) writeFileSync(oldAbs, out);
}
for (const [from, to] of moves) {
	mkdirSync(path.dirname(to), { recursive: true });
	execFileSync('git', ['mv', from, to]);
}
