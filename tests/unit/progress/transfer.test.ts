import { describe, expect, it } from 'vitest';
import { words } from '../words';
import { emptyState } from '../../../src/lib/progress/state';
import {
	exportProgress,
	MAX_IMPORT_BYTES,
	parseImport,
} from '../../../src/client/progress/transfer';
import { attempt } from './fake-storage';

const file = (progress: unknown) =>
	JSON.stringify({
		format: 'beziehungsweise-lernstand',
		exportedAt: '2026-11-27T10:00:00.000Z',
		progress,
	});

describe('parseImport refuses hostile or invalid files with a clear message', () => {
	it.each([
		['not JSON', 'kein json', 'Die Datei ist keine gültige JSON-Datei.'],
		[
			'another format',
			JSON.stringify({ format: 'scorm', progress: {} }),
			'Die Datei ist kein Lernstand-Export von beziehungsweise.',
		],
		[
			'no progress',
			JSON.stringify({ format: 'beziehungsweise-lernstand' }),
			'Die Datei enthält keinen Lernstand.',
		],
		[
			'a newer version',
			file({ ...emptyState(), version: 7 }),
			'Die Datei stammt aus einer neueren Version von beziehungsweise und kann hier nicht gelesen werden.',
		],
		[
			'an unknown version',
			file({ ...emptyState(), version: 'eins' }),
			'Die Datei hat eine unbekannte Version.',
		],
		[
			'a __proto__ key',
			file({ ...emptyState(), modules: JSON.parse('{"__proto__": {"x": 1}}') }),
			'Die Datei enthält den unzulässigen Schlüssel „__proto__“.',
		],
		[
			'a constructor key',
			file({
				...emptyState(),
				notes: { constructor: { updatedAt: '2026-11-27T10:00:00.000Z', text: 'x' } },
			}),
			'Die Datei enthält den unzulässigen Schlüssel „constructor“.',
		],
		// Inherited names would pass for records that exist (`"toString" in {}`): the merge would fail or drop them.
		[
			'a toString key',
			file({ ...emptyState(), quizAttempts: { toString: [attempt('a1', 80)] } }),
			'Die Datei enthält den unzulässigen Schlüssel „toString“.',
		],
		[
			'a valueOf key',
			file({
				...emptyState(),
				notes: { valueOf: { updatedAt: '2026-11-27T10:00:00.000Z', text: 'x' } },
			}),
			'Die Datei enthält den unzulässigen Schlüssel „valueOf“.',
		],
		[
			'HTML in a string',
			file({
				...emptyState(),
				notes: {
					n1: { updatedAt: '2026-11-27T10:00:00.000Z', text: '<img src=x onerror=alert(1)>' },
				},
			}),
			'Die Datei enthält HTML (bei „progress.notes.n1.text“). Solche Dateien werden aus Sicherheitsgründen nicht übernommen.',
		],
	])('%s', (_label, text, message) => {
		const result = parseImport(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && words(result.message)).toBe(message);
	});

	it('refuses a "continue" address that leads to another site', () => {
		for (const href of ['//evil.example/x', '/\\evil.example/x']) {
			const result = parseImport(
				file({
					...emptyState(),
					lastLocation: { href, title: 'Weiter', at: '2026-11-27T10:00:00.000Z' },
				}),
			);
			expect(!result.ok && words(result.message)).toMatch(
				/^Die Datei ist ungültig: lastLocation\.href – Nur Adressen dieser Website/,
			);
		}
		expect(
			parseImport(
				file({
					...emptyState(),
					lastLocation: {
						href: '/pfade/grundlagen/',
						title: 'Weiter',
						at: '2026-11-27T10:00:00.000Z',
					},
				}),
			).ok,
		).toBe(true);
	});

	it('names the field of a record with the wrong shape', () => {
		const result = parseImport(
			file({ ...emptyState(), quizAttempts: { diagnose: [{ ...attempt('a1', 80), score: 150 }] } }),
		);
		expect(result.ok).toBe(false);
		expect(!result.ok && words(result.message)).toMatch(
			/^Die Datei ist ungültig: quizAttempts\.diagnose\.0\.score – /,
		);
	});

	it('refuses an oversized file before parsing it', () => {
		const result = parseImport(' '.repeat(MAX_IMPORT_BYTES + 1));
		expect(!result.ok && words(result.message)).toMatch(
			/^Die Datei ist zu groß \(\d+,\d MB; erlaubt sind höchstens 2 MB\)\.$/,
		);
	});

	it('refuses data nested deeper than any real export', () => {
		let deep: unknown = 1;
		for (let i = 0; i < 50; i++) deep = [deep];
		expect(parseImport(file({ ...emptyState(), notes: { n: deep } })).ok).toBe(false);
	});

	it('accepts its own export', () => {
		const state = {
			...emptyState('2026-11-27T10:00:00.000Z'),
			quizAttempts: { diagnose: [attempt('a1', 80)] },
		};
		expect(parseImport(exportProgress(state))).toEqual({ ok: true, state });
	});
});
