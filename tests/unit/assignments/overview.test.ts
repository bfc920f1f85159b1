import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n';
import {
	overviewCsv,
	overviewRow,
	queryOverview,
	summarize,
	type OverviewQuery,
} from '../../../src/lib/assignments/overview';
import { buildCompletionRecord } from '../../../src/lib/assignments/record';
import { assignmentOf, completed, course, withFinalTest } from './course';

const imported = (name: string, done: string[], due = '2026-11-30', score = 90) => {
	const assignment = assignmentOf({
		due,
		assignee: { name, email: `${name.toLowerCase()}@firma.example` },
	});
	// Whoever has begun also took the path's final test, with the same score as the module checks.
	const state = completed(done, '2026-11-20T10:00:00.000Z', score);
	const record = buildCompletionRecord(
		done.length > 0 ? withFinalTest(state, score) : state,
		{ assignment, acceptedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' },
		course,
		new Date('2026-11-26T00:00:00.000Z'),
	);
	return { fileName: `${name}.json`, record };
};
const title = (kind: 'path' | 'module', id: string) =>
	kind === 'path' ? 'Der Pfad' : id === 'drei' ? 'Modul drei' : undefined;
const rows = [
	imported('Carla', ['eins', 'zwei', 'drei'], undefined, 70),
	imported('Anna', ['eins']),
	imported('Ben', [], '2026-12-31'),
].map((r) => overviewRow(r, title, '2026-12-02'));
const all: OverviewQuery = {
	status: 'all',
	text: '',
	assignmentId: '',
	sort: 'name',
	direction: 'ascending',
};

describe('team overview', () => {
	it('marks who is overdue on HR’s today, and summarizes', () => {
		expect(rows.map((r) => [r.name, r.status, r.overdue, r.what])).toEqual([
			['Carla', 'completed', false, 'Der Pfad, Modul drei'],
			['Anna', 'in-progress', true, 'Der Pfad, Modul drei'],
			['Ben', 'not-started', false, 'Der Pfad, Modul drei'],
		]);
		expect(summarize(rows)).toEqual({ total: 3, completed: 1, open: 2, overdue: 1 });
	});

	it('filters by status and text and sorts either way', () => {
		expect(queryOverview(rows, all).map((r) => r.name)).toEqual(['Anna', 'Ben', 'Carla']);
		expect(queryOverview(rows, { ...all, status: 'open' }).map((r) => r.name)).toEqual([
			'Anna',
			'Ben',
		]);
		expect(queryOverview(rows, { ...all, status: 'overdue' }).map((r) => r.name)).toEqual(['Anna']);
		expect(queryOverview(rows, { ...all, text: 'CARLA@' }).map((r) => r.name)).toEqual(['Carla']);
		expect(
			queryOverview(rows, { ...all, sort: 'score', direction: 'descending' }).map((r) => r.name),
		).toEqual(['Anna', 'Carla', 'Ben']);
		expect(
			queryOverview(rows, { ...all, sort: 'due', direction: 'descending' }).map((r) => r.name),
		).toEqual(['Ben', 'Anna', 'Carla']);
	});

	it('exports the rows as CSV with sortable dates', () => {
		// The words the HR page passes in, from de.json.
		const words = {
			headers: t('hr.csv.headers').split('|'),
			status: {
				'not-started': t('hr.csv.not-started'),
				'in-progress': t('hr.csv.in-progress'),
				completed: t('hr.csv.completed'),
			},
			yes: t('hr.csv.yes'),
			no: t('hr.csv.no'),
		};
		const lines = overviewCsv(queryOverview(rows, all), words)
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe(
			'Name;E-Mail;Zuweisung;Zuweisungs-ID;Fällig am;Status;Überfällig;Abgeschlossen am;Module abgeschlossen;Module gesamt;Ergebnis (%);Stand vom;Prüfcodes der Zertifikate',
		);
		expect(lines[1]).toBe(
			'Anna;anna@firma.example;"Der Pfad, Modul drei";abcdefgh1234;2026-11-30;in Arbeit;ja;;1;3;90;2026-11-26;',
		);
		expect(lines[3]).toMatch(
			/^Carla;.*;abgeschlossen;nein;2026-11-20;3;3;70;2026-11-26;[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/,
		);
	});
});
