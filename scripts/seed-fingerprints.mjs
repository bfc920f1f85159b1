// Writes tests/fixtures/seed-fingerprints.json: hashes of every 8-word run of the source article,
// so the no-copy test works even where ../shared/seed is not checked out. Same normalisation as
// tests/unit/content/seed-overlap.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const seedDir = new URL('../../shared/seed/', import.meta.url);
const words = (text) => text.toLowerCase().match(/[0-9a-zäöüß]+/g) ?? [];
const hashes = new Set();
for (const name of readdirSync(seedDir).filter((n) => n.endsWith('.txt'))) {
	const all = words(readFileSync(new URL(name, seedDir), 'utf8'));
	for (let i = 0; i + 8 <= all.length; i++)
		hashes.add(
			createHash('sha256')
				.update(all.slice(i, i + 8).join(' '))
				.digest('hex')
				.slice(0, 16),
		);
}
writeFileSync(
	new URL('../tests/fixtures/seed-fingerprints.json', import.meta.url),
	JSON.stringify([...hashes].sort()) + '\n',
);
console.log(`${hashes.size} fingerprints written`);
