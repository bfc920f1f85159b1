import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Detects runs of 8 or more consecutive words that course text shares with the source article.
 * Words are normalised as in `../shared/tools/seed-overlap.py`. The article itself stays outside
 * the repository: when `../shared/seed` is absent, the committed fingerprints (hashes of its
 * 8-word runs, made by `scripts/seed-fingerprints.mjs`) stand in for it.
 */
export const RUN_LENGTH = 8;

export const words = (text: string): string[] => text.toLowerCase().match(/[0-9a-zäöüß]+/g) ?? [];

export const fingerprint = (run: string[]): string =>
	createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 16);

export function runs(text: string, length = RUN_LENGTH): string[][] {
	const all = words(text);
	return Array.from({ length: Math.max(0, all.length - length + 1) }, (_, i) =>
		all.slice(i, i + length),
	);
}

export function seedFingerprints(projectRoot: string): Set<string> {
	const seedDir = join(projectRoot, '../shared/seed');
	if (existsSync(seedDir)) {
		const texts = readdirSync(seedDir)
			.filter((name) => name.endsWith('.txt'))
			.map((name) => readFileSync(join(seedDir, name), 'utf8'));
		if (texts.length > 0) return new Set(texts.flatMap((text) => runs(text).map(fingerprint)));
	}
	const committed = JSON.parse(
		readFileSync(join(projectRoot, 'tests/fixtures/seed-fingerprints.json'), 'utf8'),
	) as string[];
	return new Set(committed);
}

/** The runs of `text` that also occur in the seed, as readable strings. */
export function sharedRuns(text: string, seed: Set<string>): string[] {
	return [
		...new Set(
			runs(text)
				.filter((run) => seed.has(fingerprint(run)))
				.map((run) => run.join(' ')),
		),
	];
}
