import fc from 'fast-check';
import { words } from '../words';
import { describe, expect, it } from 'vitest';
import {
	buildCompletionRecord,
	importRecords,
	MAX_RECORD_BYTES,
	parseCompletionRecord,
	recordFileName,
	serializeRecord,
} from '../../../src/lib/assignments/record';
import { assignment as anyAssignment } from './arbitraries';
import { assignmentOf, completed, course, withFinalTest } from './course';

const stored = {
	assignment: assignmentOf(),
	acceptedAt: '2026-11-02T09:00:00.000Z',
	updatedAt: '2026-11-02T09:00:00.000Z',
};
const record = (
	state = withFinalTest(completed(['eins', 'zwei', 'drei']), 90),
	now = new Date('2026-11-26T12:00:00.000Z'),
	assignment = stored.assignment,
) => buildCompletionRecord(state, { ...stored, assignment }, course, now);

describe('completion records', () => {
	it('hold the name, the assignment, every module’s status and score, and the times', () => {
		const r = record();
		expect(r).toMatchObject({
			format: 'beziehungsweise-abschlussnachweis',
			version: 1,
			status: 'completed',
			completedAt: '2026-11-20T10:00:00.000Z',
			score: 90,
		});
		expect(r.assignment.assignee.name).toBe('Anna Weber');
		expect(r.modules.map((m) => [m.id, m.status, m.quiz?.best])).toEqual([
			['eins', 'completed', 90],
			['zwei', 'completed', 90],
			['drei', 'completed', undefined],
		]);
		expect(r.pathTests).toEqual([
			{
				pathId: 'pfad',
				title: 'Der Pfad',
				final: 90,
				passed: true,
				passedAt: '2026-11-20T10:00:00.000Z',
				completedAt: '2026-11-20T10:00:00.000Z',
			},
		]);
		expect(recordFileName(r)).toBe('abschlussnachweis-anna-weber-abcdefgh1234.json');
		// Without the passed final test the path, and so the assignment, is not complete.
		expect(record(completed(['eins', 'zwei', 'drei'])).status).toBe('in-progress');
	});

	it('read back exactly what was written, for any assignment (property)', () => {
		fc.assert(
			fc.property(anyAssignment, (a) => {
				const r = record(completed(['eins']), undefined, a);
				expect(parseCompletionRecord(serializeRecord(r))).toEqual({ ok: true, record: r });
			}),
			{ numRuns: 150 },
		);
	});

	it('never throw on arbitrary files (property)', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) =>
						JSON.stringify({
							format: 'beziehungsweise-abschlussnachweis',
							version: 1,
							...(typeof v === 'object' && v ? v : { v }),
						}),
					),
				),
				(text) => {
					expect(typeof parseCompletionRecord(text).ok).toBe('boolean');
				},
			),
			{ numRuns: 400 },
		);
	});

	it.each([
		['not JSON', '{"format":', 'keine gültige JSON-Datei'],
		[
			'another kind of file',
			JSON.stringify({ format: 'beziehungsweise-lernstand' }),
			'kein Abschlussnachweis',
		],
		['a newer version', JSON.stringify({ ...record(), version: 2 }), 'neueren Version'],
		[
			'a hostile key',
			`{"__proto__":{"x":1},${serializeRecord(record()).slice(1)}`,
			'unzulässigen Schlüssel „__proto__“',
		],
		['a missing field', JSON.stringify({ ...record(), status: undefined }), 'Status'],
		[
			'an impossible score',
			JSON.stringify({ ...record(), score: 140 }),
			'Ergebnis ist größer als 100',
		],
		[
			'HTML in a name',
			JSON.stringify({
				...record(),
				assignment: { ...stored.assignment, assignee: { name: '<b>x</b>' } },
			}),
			'Name enthält HTML-Zeichen',
		],
		['an oversized file', ' '.repeat(MAX_RECORD_BYTES + 1), 'zu groß'],
	])('refuse %s and say why', (_, text, reason) => {
		const result = parseCompletionRecord(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(words(result.message)).toContain(reason);
	});

	it('import many files: valid ones kept, invalid ones listed with the reason, a newer export replaces an older one', () => {
		const older = record(completed(['eins']), new Date('2026-11-10T00:00:00.000Z'));
		const newer = record(
			withFinalTest(completed(['eins', 'zwei', 'drei'])),
			new Date('2026-11-26T00:00:00.000Z'),
		);
		const other = record(
			completed([]),
			undefined,
			assignmentOf({ assignee: { name: 'Ben Koch' } }),
		);
		const outcome = importRecords([
			{ name: 'anna-alt.json', text: serializeRecord(older) },
			{ name: 'kaputt.json', text: 'nicht json' },
			{ name: 'ben.json', text: serializeRecord(other) },
			{ name: 'anna-neu.json', text: serializeRecord(newer) },
		]);
		expect(outcome.records.map((r) => [r.fileName, r.record.status])).toEqual([
			['anna-neu.json', 'completed'],
			['ben.json', 'not-started'],
		]);
		expect(outcome.rejected.map(({ fileName, reason }) => [fileName, words(reason)])).toEqual([
			['kaputt.json', 'Die Datei ist keine gültige JSON-Datei.'],
		]);
		expect(outcome.superseded).toEqual([{ fileName: 'anna-alt.json', by: 'anna-neu.json' }]);
		// Importing the older file again later keeps the newer record.
		const again = importRecords(
			[{ name: 'anna-alt-2.json', text: serializeRecord(older) }],
			outcome.records,
		);
		expect(
			again.records.find((r) => r.record.assignment.assignee.name === 'Anna Weber')?.fileName,
		).toBe('anna-neu.json');
	});
});
