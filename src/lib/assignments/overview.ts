import { normalizeCode, verificationCode } from '../certificate/verification-code';
import { toCsv } from './csv';
import { dayOf } from './progress';
import type { ImportedRecord } from './record';
import type { CompletionRecord } from '../../schemas/stored/completion-record';

/**
 * HR's team overview: one row per imported record, with what HR filters and sorts by. Overdue is
 * judged on HR's today, from the status the learner exported ("as of" the export).
 */

export interface OverviewRow {
	key: string;
	fileName: string;
	name: string;
	email: string;
	assignmentId: string;
	/** Titles of what was assigned, "Grundlagen des Beziehungsmanagements, Diagnose". */
	what: string;
	due: string;
	status: CompletionRecord['status'];
	overdue: boolean;
	late: boolean;
	completedAt?: string;
	score?: number;
	completed: number;
	total: number;
	exportedAt: string;
	/** The verification code of each completed path's certificate, computed from this record. */
	certificates: { pathId: string; title: string; code: string }[];
}

/**
 * The certificate codes a record stands for: one per path it shows as complete. Records exported
 * before paths carried their completion moment have none.
 */
export function certificateCodes(record: CompletionRecord): OverviewRow['certificates'] {
	return (record.pathTests ?? []).flatMap((test) =>
		test.passed && test.completedAt
			? [
					{
						pathId: test.pathId,
						title: test.title,
						code: verificationCode({
							pathId: test.pathId,
							completedAt: test.completedAt,
							...(test.final !== undefined ? { final: test.final } : {}),
						}),
					},
				]
			: [],
	);
}

/** The rows whose records stand for a certificate with this code, each with the path it certifies. */
export function rowsWithCode(rows: OverviewRow[], typed: string) {
	const code = normalizeCode(typed);
	return rows.flatMap((row) =>
		row.certificates
			.filter((certificate) => certificate.code === code)
			.map((certificate) => ({ row, certificate })),
	);
}

export type StatusFilter = 'all' | 'completed' | 'open' | 'overdue';
export type SortKey = 'name' | 'what' | 'due' | 'status' | 'completedAt' | 'score' | 'exportedAt';
export interface OverviewQuery {
	status: StatusFilter;
	/** Matched against name and e-mail, case-insensitive. */
	text: string;
	/** An assignment id, or '' for all. */
	assignmentId: string;
	sort: SortKey;
	direction: 'ascending' | 'descending';
}

/** Titles of paths and modules by id, from the HR page's course data; unknown ids are shown as they are. */
export type TitleLookup = (kind: 'path' | 'module', id: string) => string | undefined;

export function overviewRow(
	{ fileName, record }: ImportedRecord,
	title: TitleLookup,
	today: string,
): OverviewRow {
	const { assignment } = record;
	return {
		key: `${assignment.id}|${assignment.assignee.name}|${assignment.assignee.email ?? ''}`,
		fileName,
		name: assignment.assignee.name,
		email: assignment.assignee.email ?? '',
		assignmentId: assignment.id,
		what: assignment.items.map((item) => title(item.kind, item.id) ?? item.id).join(', '),
		due: assignment.due,
		status: record.status,
		overdue: record.status !== 'completed' && today > assignment.due,
		late: record.completedAt !== undefined && dayOf(record.completedAt) > assignment.due,
		...(record.completedAt ? { completedAt: record.completedAt } : {}),
		...(record.score !== undefined ? { score: record.score } : {}),
		completed: record.modules.filter((m) => m.status === 'completed').length,
		total: record.modules.length,
		exportedAt: record.exportedAt,
		certificates: certificateCodes(record),
	};
}

const STATUS_ORDER: Record<OverviewRow['status'], number> = {
	'not-started': 0,
	'in-progress': 1,
	completed: 2,
};

function compare(a: OverviewRow, b: OverviewRow, key: SortKey): number {
	switch (key) {
		case 'score':
			return (a.score ?? -1) - (b.score ?? -1);
		case 'status':
			return (
				STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || Number(b.overdue) - Number(a.overdue)
			);
		case 'completedAt':
			return (
				(a.completedAt ? Date.parse(a.completedAt) : Infinity) -
				(b.completedAt ? Date.parse(b.completedAt) : Infinity)
			);
		case 'exportedAt':
			return Date.parse(a.exportedAt) - Date.parse(b.exportedAt);
		default:
			return a[key].localeCompare(b[key], 'de');
	}
}

export function queryOverview(rows: OverviewRow[], query: OverviewQuery): OverviewRow[] {
	const text = query.text.trim().toLowerCase();
	const filtered = rows.filter(
		(row) =>
			(query.assignmentId === '' || row.assignmentId === query.assignmentId) &&
			(text === '' ||
				row.name.toLowerCase().includes(text) ||
				row.email.toLowerCase().includes(text)) &&
			(query.status === 'all' ||
				(query.status === 'completed' && row.status === 'completed') ||
				(query.status === 'open' && row.status !== 'completed') ||
				(query.status === 'overdue' && row.overdue)),
	);
	const sign = query.direction === 'ascending' ? 1 : -1;
	// Ties fall back to the name, so the order never depends on the order files were picked in.
	return filtered.sort(
		(a, b) => sign * compare(a, b, query.sort) || a.name.localeCompare(b.name, 'de'),
	);
}

export interface OverviewSummary {
	total: number;
	completed: number;
	open: number;
	overdue: number;
}

export const summarize = (rows: OverviewRow[]): OverviewSummary => ({
	total: rows.length,
	completed: rows.filter((r) => r.status === 'completed').length,
	open: rows.filter((r) => r.status !== 'completed').length,
	overdue: rows.filter((r) => r.overdue).length,
});

/** The words of the spreadsheet: column headers, statuses, yes and no (hr.csv.* in de.json). */
export interface OverviewCsvWords {
	headers: string[];
	status: Record<OverviewRow['status'], string>;
	yes: string;
	no: string;
}
const isoDay = (iso?: string) => (iso ? dayOf(iso) : '');

/** The rows as HR sees them (filtered and sorted), for a spreadsheet; dates as YYYY-MM-DD so they sort. */
export function overviewCsv(rows: OverviewRow[], words: OverviewCsvWords): string {
	return toCsv(
		words.headers,
		rows.map((row) => [
			row.name,
			row.email,
			row.what,
			row.assignmentId,
			row.due,
			words.status[row.status],
			row.overdue ? words.yes : words.no,
			isoDay(row.completedAt),
			row.completed,
			row.total,
			row.score,
			isoDay(row.exportedAt),
			row.certificates.map((certificate) => certificate.code).join(' '),
		]),
	);
}
