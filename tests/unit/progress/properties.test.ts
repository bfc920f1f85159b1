import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadProgress, loadProgressData } from '../../../src/lib/progress/load';
import { mergeProgress } from '../../../src/lib/progress/merge';
import { ProgressStateSchema } from '../../../src/schemas/stored/progress-state';
import { exportProgress, parseImport } from '../../../src/client/progress/transfer';
import { progressState, recordIds } from './arbitraries';

describe('progress loader and import validator, on arbitrary input', () => {
	it('the loader never throws and always returns a valid state', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(null)), (raw) => {
				const { state } = loadProgress(raw);
				expect(v.is(ProgressStateSchema, state)).toBe(true);
			}),
			{ numRuns: 400 },
		);
	});

	it('the loader never throws on arbitrary objects shaped almost like progress', () => {
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom(
						'version',
						'updatedAt',
						'modules',
						'quizAttempts',
						'notes',
						'lastLocation',
						'__proto__',
					),
					fc.jsonValue(),
				),
				(data) => {
					expect(() => loadProgressData({ version: 1, ...data })).not.toThrow();
				},
			),
			{ numRuns: 400 },
		);
	});

	it('the import validator never throws, whatever the file holds', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc
						.jsonValue()
						.map((v) => JSON.stringify({ format: 'beziehungsweise-lernstand', progress: v })),
				),
				(text) => {
					const result = parseImport(text);
					expect(typeof result.ok).toBe('boolean');
				},
			),
			{ numRuns: 400 },
		);
	});

	it('valid progress survives export and import unchanged', () => {
		fc.assert(
			fc.property(progressState, (state) => {
				const result = parseImport(exportProgress(state));
				expect(result).toEqual({ ok: true, state });
			}),
			{ numRuns: 200 },
		);
	});

	it('broken records next to valid ones never take the valid ones with them', () => {
		fc.assert(
			fc.property(progressState, fc.jsonValue(), (state, garbage) => {
				const polluted = JSON.parse(JSON.stringify(state));
				polluted.quizAttempts['kaputt-liste'] = [garbage, { id: 'x' }];
				polluted.modules['kaputt-modul'] = { sectionsRead: garbage };
				const { state: loaded } = loadProgressData(polluted);
				expect(recordIds(loaded)).toEqual(expect.arrayContaining(recordIds(state)));
			}),
			{ numRuns: 200 },
		);
	});

	it('merging keeps every record of both sides', () => {
		fc.assert(
			fc.property(progressState, progressState, (a, b) => {
				const merged = mergeProgress(a, b);
				expect(recordIds(merged)).toEqual(
					expect.arrayContaining([...recordIds(a), ...recordIds(b)]),
				);
				expect(v.is(ProgressStateSchema, merged)).toBe(true);
			}),
			{ numRuns: 200 },
		);
	});
});
