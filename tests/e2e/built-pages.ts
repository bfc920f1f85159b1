import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page of the build, as URL paths, read from `dist/` (not a hand-kept list). */
const dist = join(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return name === '_astro' ? [] : htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

export function builtPages(): string[] {
	const pages = htmlFiles(dist)
		.map((file) => `/${relative(dist, file).split(sep).join('/')}`)
		.map((path) => path.replace(/index\.html$/, ''))
		.sort();
	if (pages.length === 0) throw new Error('dist/ has no pages: run `npm run build` first.');
	return pages;
}
