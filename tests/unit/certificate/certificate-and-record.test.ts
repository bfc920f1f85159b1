import { describe, expect, it } from 'vitest';
import { certificateCodes, overviewRow, rowsWithCode } from '../../../src/lib/assignments/overview';
import {
	buildCompletionRecord,
	parseCompletionRecord,
	serializeRecord,
} from '../../../src/lib/assignments/record';
import { verificationCode } from '../../../src/lib/certificate/verification-code';
import { pathCompletion } from '../../../src/lib/progress/path-completion';
import type { ProgressState } from '../../../src/schemas/stored/progress-state';
import { assignmentOf, completed, course, withFinalTest } from '../assignments/course';

const path = course.paths[0]!;
const issuer = {
	platform: 'beziehungsweise',
	course: 'Beziehungsmanagement',
	provider: 'Akademie Nord',
};

/** What the certificate page prints: the code from the learner's stored progress. */
function certificateCode(state: ProgressState): string {
	const progress = pathCompletion(state, path.modules, path.tests);
	return verificationCode({
		pathId: path.id,
		completedAt: progress.completedAt!,
		...(progress.final.best !== undefined ? { final: progress.final.best } : {}),
	});
}

/** What HR's overview computes: the code from the exported file, after it was read back. */
function recordCodes(state: ProgressState) {
	const record = buildCompletionRecord(
		state,
		{
			assignment: assignmentOf(),
			acceptedAt: '2026-11-02T09:00:00.000Z',
			updatedAt: '2026-11-02T09:00:00.000Z',
		},
		{ ...course, issuer },
		new Date('2026-11-26T12:00:00.000Z'),
	);
	const read = parseCompletionRecord(serializeRecord(record));
	if (!read.ok) throw new Error('record did not read back');
	return { record: read.record, codes: certificateCodes(read.record) };
}

describe('a certificate and the completion record of the same learner', () => {
	it('carry the same verification code, and the record names its issuer', () => {
		// Modules done on the 20th, final test passed (92 %) two days later: the path completes then.
		const state = withFinalTest(
			completed(['eins', 'zwei', 'drei']),
			92,
			'2026-11-22T08:30:00.000Z',
		);
		const { record, codes } = recordCodes(state);
		expect(codes).toEqual([{ pathId: 'pfad', title: 'Der Pfad', code: certificateCode(state) }]);
		expect(record.pathTests?.[0]?.completedAt).toBe('2026-11-22T08:30:00.000Z');
		expect(record.issuer).toEqual(issuer);
	});

	it('differ when the record says another result than the certificate', () => {
		const state = withFinalTest(completed(['eins', 'zwei', 'drei']), 92);
		const { record } = recordCodes(state);
		const edited = { ...record, pathTests: record.pathTests!.map((t) => ({ ...t, final: 100 })) };
		expect(certificateCodes(edited)[0]?.code).not.toBe(certificateCode(state));
	});

	it('give no code while the path is not complete', () => {
		expect(recordCodes(completed(['eins', 'zwei'])).codes).toEqual([]);
	});

	it('read records exported before codes and issuers existed', () => {
		const { record } = recordCodes(withFinalTest(completed(['eins', 'zwei', 'drei'])));
		const { issuer: _issuer, ...old } = record;
		const oldTests = old.pathTests!.map(({ completedAt: _completedAt, ...test }) => test);
		const read = parseCompletionRecord(JSON.stringify({ ...old, pathTests: oldTests }));
		expect(read.ok).toBe(true);
		if (read.ok) expect(certificateCodes(read.record)).toEqual([]);
	});

	it('let HR find the record of a certificate by its code, typed as people type', () => {
		const state = withFinalTest(completed(['eins', 'zwei', 'drei']), 92);
		const { record } = recordCodes(state);
		const row = overviewRow({ fileName: 'anna.json', record }, () => undefined, '2026-12-01');
		const typed = certificateCode(state).toLowerCase().replace('-', ' ');
		expect(rowsWithCode([row], typed).map((match) => match.row.name)).toEqual(['Anna Weber']);
		expect(rowsWithCode([row], 'AAAAA-AAAAA')).toEqual([]);
	});
});
