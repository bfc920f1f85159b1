import * as v from 'valibot';
import { loadProgressData } from '../../lib/progress/load';
import { migrate } from '../../lib/progress/migrations';
import { ProgressStateSchema, type ProgressState } from '../../schemas/stored/progress-state';
import type { ProgressStore, WriteOutcome } from './store';
import { isReservedKey } from '../../schemas/reserved-keys';
import { formatMegabytes } from '../../i18n/format';
import { message, type Message } from '../../i18n/message';

/**
 * Export and import of the learner's progress as a JSON file. An import is untrusted input:
 * it is checked for size, JSON, hostile keys, HTML in strings, format and version, then validated
 * strictly. Any problem refuses the whole file with a message that names it; nothing changes.
 */

export const EXPORT_FORMAT = 'beziehungsweise-lernstand';
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const MAX_DEPTH = 12;
const HTML_PATTERN = /<\s*\/?\s*[a-z!?]/i;

export function exportProgress(state: ProgressState, now = new Date()): string {
	return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: state }, null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
	return `lernstand-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; state: ProgressState } | { ok: false; message: Message };

/** Walks parsed JSON without recursion limits of its own making; returns the first problem found. */
function findHostileContent(root: unknown): Message | undefined {
	const stack: { value: unknown; path: string; depth: number }[] = [
		{ value: root, path: '', depth: 0 },
	];
	while (stack.length > 0) {
		const { value, path, depth } = stack.pop()!;
		if (depth > MAX_DEPTH) return message('import.tooDeep', { path });
		if (typeof value === 'string') {
			if (HTML_PATTERN.test(value)) return message('import.html', { path });
		} else if (Array.isArray(value)) {
			value.forEach((item, index) =>
				stack.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 }),
			);
		} else if (typeof value === 'object' && value !== null) {
			for (const key of Object.keys(value)) {
				if (isReservedKey(key)) return message('import.reservedKey', { key });
				stack.push({
					value: (value as Record<string, unknown>)[key],
					path: path ? `${path}.${key}` : key,
					depth: depth + 1,
				});
			}
		}
	}
	return undefined;
}

export function parseImport(text: string): ImportResult {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_IMPORT_BYTES)
		return {
			ok: false,
			message: message('import.tooLarge', { size: formatMegabytes(bytes) }),
		};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, message: message('import.notJson') };
	}
	const hostile = findHostileContent(data);
	if (hostile) return { ok: false, message: hostile };
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as Record<string, unknown>).format !== EXPORT_FORMAT
	)
		return { ok: false, message: message('import.notExport') };
	const progress = (data as Record<string, unknown>).progress;
	if (typeof progress !== 'object' || progress === null || Array.isArray(progress))
		return { ok: false, message: message('import.noProgress') };
	const migrated = migrate(progress as Record<string, unknown>);
	if (!migrated.ok)
		return {
			ok: false,
			message: message(migrated.reason === 'newer' ? 'import.newer' : 'import.unknownVersion'),
		};
	const parsed = v.safeParse(ProgressStateSchema, migrated.data);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const where = v.getDotPath(issue) ?? '–';
		return { ok: false, message: message('import.invalid', { where, problem: issue.message }) };
	}
	// Loading once more normalises it exactly like stored data, and checks the records whose full
	// schemas are registered on this page (the workbench's): an import never drops one silently.
	const loaded = loadProgressData(parsed.output);
	const problem = loaded.problems[0];
	if (problem) return { ok: false, message: message('import.damaged') };
	return { ok: true, state: loaded.state };
}

/** Validates a file's text and merges it into the store; an invalid file changes nothing. */
export function importInto(
	store: ProgressStore,
	text: string,
): { ok: true; outcome: WriteOutcome } | { ok: false; message: Message } {
	const parsed = parseImport(text);
	return parsed.ok ? { ok: true, outcome: store.mergeIn(parsed.state) } : parsed;
}
