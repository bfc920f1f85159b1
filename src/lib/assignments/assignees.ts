import * as v from 'valibot';
import { parseCsvRows } from './csv';
import { AssigneeSchema, type Assignee } from '../../schemas/stored/assignment';
import { describeIssue } from '../../i18n/describe-issue';
import { message, type Message } from '../../i18n/message';

/**
 * The people HR assigns to: typed or pasted one per line ("Anna Weber; anna.weber@firma.de",
 * "Anna Weber <anna.weber@firma.de>", or a name alone), or a CSV file with a name and an e-mail
 * column. Every line is checked; a problem names the line.
 */

export const MAX_ASSIGNEES = 500;

export interface AssigneeParse {
	assignees: Assignee[];
	/** What is wrong, line by line (hr.people.* in de.json: "Zeile 3: E-Mail-Adresse ist ungültig"). */
	problems: Message[];
}

const NAME_HEADERS = /^(name|vollständiger name|teilnehmer(in)?|person|mitarbeiter(in)?)$/i;
const EMAIL_HEADERS = /^(e-?mail(-adresse)?|mail|email address)$/i;

function toAssignee(
	name: string,
	email: string,
	line: number,
): { assignee?: Assignee; problem?: Message } {
	const candidate = {
		name: name.trim().replace(/\s+/g, ' '),
		...(email.trim() ? { email: email.trim() } : {}),
	};
	const parsed = v.safeParse(AssigneeSchema, candidate);
	return parsed.success
		? { assignee: parsed.output }
		: { problem: message('hr.people.line', { line, problem: describeIssue(parsed.issues[0]) }) };
}

function collect(entries: { name: string; email: string; line: number }[]): AssigneeParse {
	const assignees: Assignee[] = [];
	const problems: Message[] = [];
	const seen = new Set<string>();
	for (const entry of entries) {
		const { assignee, problem } = toAssignee(entry.name, entry.email, entry.line);
		if (problem) problems.push(problem);
		if (!assignee) continue;
		const key = `${assignee.name.toLowerCase()}|${assignee.email?.toLowerCase() ?? ''}`;
		if (seen.has(key)) {
			problems.push(message('hr.people.duplicate', { line: entry.line, name: assignee.name }));
			continue;
		}
		seen.add(key);
		assignees.push(assignee);
	}
	if (assignees.length > MAX_ASSIGNEES) {
		problems.push(message('hr.people.tooMany', { count: assignees.length, max: MAX_ASSIGNEES }));
		return { assignees: assignees.slice(0, MAX_ASSIGNEES), problems };
	}
	return { assignees, problems };
}

/** Lines as typed or pasted. */
export function parseAssigneeLines(text: string): AssigneeParse {
	const entries = text.split(/\r?\n/).flatMap((raw, index) => {
		const line = raw.trim();
		if (line === '') return [];
		const angle = /^(.*?)\s*<([^<>]*)>\s*$/.exec(line);
		if (angle) return [{ name: angle[1] ?? '', email: angle[2] ?? '', line: index + 1 }];
		// "Name; mail" or "Name<tab>mail"; else "Name, mail" when what follows the last comma is an address.
		const separator =
			/[;\t]/.exec(line)?.index ?? (/@[^,]*$/.test(line) ? line.lastIndexOf(',') : -1);
		if (separator < 0) return [{ name: line, email: '', line: index + 1 }];
		return [{ name: line.slice(0, separator), email: line.slice(separator + 1), line: index + 1 }];
	});
	return collect(entries);
}

/** A CSV file: a header row naming the columns if there is one, else name first and e-mail second. */
export function parseAssigneeCsv(text: string): AssigneeParse {
	const rows = parseCsvRows(text);
	if (rows.length === 0) return { assignees: [], problems: [message('hr.people.noRows')] };
	const header = rows[0]!.cells.map((cellText) => cellText.trim());
	const nameColumn = header.findIndex((h) => NAME_HEADERS.test(h));
	const emailColumn = header.findIndex((h) => EMAIL_HEADERS.test(h));
	const hasHeader = nameColumn >= 0 || emailColumn >= 0;
	if (hasHeader && nameColumn < 0)
		return { assignees: [], problems: [message('hr.people.noNameColumn')] };
	const nameAt = hasHeader ? nameColumn : 0;
	const emailAt = hasHeader ? emailColumn : 1;
	const body = hasHeader ? rows.slice(1) : rows;
	// Problems name the file's line, as a spreadsheet or editor shows it, not the row's count.
	return collect(
		body.map(({ cells, line }) => ({
			name: cells[nameAt] ?? '',
			email: emailAt >= 0 ? (cells[emailAt] ?? '') : '',
			line,
		})),
	);
}

/** Back to lines, for showing a CSV file's people in the text field where HR can edit them. */
export const assigneesToLines = (assignees: Assignee[]): string =>
	assignees.map((a) => (a.email ? `${a.name}; ${a.email}` : a.name)).join('\n');
