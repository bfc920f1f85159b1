import * as v from 'valibot';
import type { AssignmentRecord } from '../../schemas/stored/assignment-record';
import type { ProgressState } from '../../schemas/stored/progress-state';
import { assignmentProgress, type CourseIndex } from './progress';
import {
	CompletionRecordSchema,
	RECORD_FORMAT,
	RECORD_VERSION,
	type CompletionRecord,
	type Issuer,
} from '../../schemas/stored/completion-record';
import { describeIssue, RECORD_FIELD_NAMES } from '../../i18n/describe-issue';
import { message, type Message } from '../../i18n/message';
import { isReservedKey } from '../../schemas/reserved-keys';
import { fileSlug } from '../file-slug';

/**
 * Completion records: the learner's side builds one from stored progress; HR's side reads many
 * files, keeps the valid ones and lists every other with the reason it was skipped.
 */

export function buildCompletionRecord(
	state: ProgressState,
	record: AssignmentRecord,
	course: CourseIndex & { issuer?: Issuer },
	now = new Date(),
): CompletionRecord {
	const progress = assignmentProgress(state, record.assignment, course);
	return {
		format: RECORD_FORMAT,
		version: RECORD_VERSION,
		exportedAt: now.toISOString(),
		...(course.issuer ? { issuer: course.issuer } : {}),
		assignment: record.assignment,
		acceptedAt: record.acceptedAt,
		status: progress.status,
		...(progress.completedAt ? { completedAt: progress.completedAt } : {}),
		...(progress.score !== undefined ? { score: progress.score } : {}),
		modules: progress.modules.map(({ meta, status, completedAt, quiz }) => {
			const firstVisitedAt = state.modules[meta.id]?.firstVisitedAt;
			return {
				id: meta.id,
				title: meta.title,
				status: status.status,
				sectionsRead: status.sectionsRead,
				sectionsTotal: status.sectionsTotal,
				...(firstVisitedAt ? { firstVisitedAt } : {}),
				...(completedAt ? { completedAt } : {}),
				...(quiz && meta.quizId
					? {
							quiz: {
								id: meta.quizId,
								attempts: quiz.attempts,
								...(quiz.best !== undefined ? { best: quiz.best } : {}),
								...(quiz.last !== undefined ? { last: quiz.last } : {}),
								passed: quiz.passed,
								...(quiz.passedAt ? { passedAt: quiz.passedAt } : {}),
							},
						}
					: {}),
			};
		}),
		...(progress.pathTests.length > 0 ? { pathTests: progress.pathTests } : {}),
	};
}

export const serializeRecord = (record: CompletionRecord): string =>
	`${JSON.stringify(record, null, 2)}\n`;

/** `abschlussnachweis-anna-weber-<id>.json`: readable in a folder of many. */
export function recordFileName(record: Pick<CompletionRecord, 'assignment'>): string {
	return `abschlussnachweis-${fileSlug(record.assignment.assignee.name, 'person')}-${record.assignment.id}.json`;
}

export const MAX_RECORD_BYTES = 256 * 1024;
const MAX_DEPTH = 8;

/** Depth and keys no record has; checked before the schema so hostile files get a precise reason. */
function structureProblem(root: unknown): Message | undefined {
	const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
	while (stack.length > 0) {
		const { value, depth } = stack.pop()!;
		if (depth > MAX_DEPTH) return message('record.file.tooDeep');
		if (Array.isArray(value))
			for (const item of value) stack.push({ value: item, depth: depth + 1 });
		else if (typeof value === 'object' && value !== null)
			for (const [key, item] of Object.entries(value)) {
				if (isReservedKey(key)) return message('import.reservedKey', { key });
				stack.push({ value: item, depth: depth + 1 });
			}
	}
	return undefined;
}

export type RecordParseResult =
	{ ok: true; record: CompletionRecord } | { ok: false; message: Message };

/** Reads one file's text. Never throws; a refusal names what is wrong (a de.json message). */
export function parseCompletionRecord(text: string): RecordParseResult {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_RECORD_BYTES)
		return {
			ok: false,
			message: message('record.file.tooLarge', {
				kb: Math.ceil(bytes / 1024),
				max: MAX_RECORD_BYTES / 1024,
			}),
		};
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, message: message('import.notJson') };
	}
	const problem = structureProblem(data);
	if (problem) return { ok: false, message: problem };
	if (
		typeof data !== 'object' ||
		data === null ||
		Array.isArray(data) ||
		(data as Record<string, unknown>).format !== RECORD_FORMAT
	)
		return { ok: false, message: message('record.file.notRecord') };
	const version = (data as Record<string, unknown>).version;
	if (typeof version === 'number' && version > RECORD_VERSION)
		return {
			ok: false,
			message: message('record.file.newer'),
		};
	const parsed = v.safeParse(CompletionRecordSchema, data);
	if (!parsed.success)
		return {
			ok: false,
			message: message('record.file.invalid', {
				problem: describeIssue(parsed.issues[0], RECORD_FIELD_NAMES),
			}),
		};
	return { ok: true, record: parsed.output };
}

export interface ImportedRecord {
	fileName: string;
	record: CompletionRecord;
}

export interface ImportOutcome {
	records: ImportedRecord[];
	rejected: { fileName: string; reason: Message }[];
	/** Files whose record was replaced by a newer export of the same person and assignment. */
	superseded: { fileName: string; by: string }[];
}

export const MAX_RECORD_FILES = 5000;

/** Who and what a record is about: the same person exporting twice replaces the older file. */
export const recordKey = (record: CompletionRecord): string =>
	JSON.stringify([
		record.assignment.id,
		record.assignment.assignee.name.trim().toLowerCase(),
		record.assignment.assignee.email?.toLowerCase() ?? '',
	]);

/**
 * Adds files to what was imported before. Invalid files are listed with their reason and skipped;
 * of two records for the same person and assignment the later export wins.
 */
export function importRecords(
	files: { name: string; text: string }[],
	previous: ImportedRecord[] = [],
): ImportOutcome {
	const byKey = new Map(previous.map((item) => [recordKey(item.record), item]));
	const rejected: ImportOutcome['rejected'] = [];
	const superseded: ImportOutcome['superseded'] = [];
	files.forEach((file, index) => {
		if (index >= MAX_RECORD_FILES) {
			rejected.push({
				fileName: file.name,
				reason: message('record.file.tooMany', { max: MAX_RECORD_FILES }),
			});
			return;
		}
		const parsed = parseCompletionRecord(file.text);
		if (!parsed.ok) {
			rejected.push({ fileName: file.name, reason: parsed.message });
			return;
		}
		const key = recordKey(parsed.record);
		const existing = byKey.get(key);
		const incoming = { fileName: file.name, record: parsed.record };
		if (!existing) byKey.set(key, incoming);
		else if (Date.parse(parsed.record.exportedAt) >= Date.parse(existing.record.exportedAt)) {
			byKey.set(key, incoming);
			superseded.push({ fileName: existing.fileName, by: file.name });
		} else superseded.push({ fileName: file.name, by: existing.fileName });
	});
	return { records: [...byKey.values()], rejected, superseded };
}
