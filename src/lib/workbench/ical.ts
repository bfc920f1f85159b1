/**
 * Follow-up dates as an iCalendar file (RFC 5545) that any calendar imports: one all-day event per
 * item. Written by hand because it is a few lines of text; the tests read it back with ical.js.
 */

export interface CalendarItem {
	/** Unique within the workbench; the file makes it `<uid>@beziehungsweise.local`. */
	uid: string;
	/** "YYYY-MM-DD", a day that exists. */
	date: string;
	summary: string;
	description: string;
}

const UID_DOMAIN = 'beziehungsweise.local';
const CRLF = '\r\n';
/** RFC 5545 3.1: lines longer than 75 octets are folded. */
const LINE_OCTETS = 75;

// Control characters other than tab are not allowed in TEXT (RFC 5545 3.3.11); a lone surrogate
// cannot be written as UTF-8 and would arrive as U+FFFD anyway.
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A TEXT value: line breaks become `\n`; backslash, semicolon and comma are escaped. */
export function escapeText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(FORBIDDEN_CONTROL, '')
		.replace(LONE_SURROGATE, '\ufffd')
		.replace(/[\\;,]/g, (char) => `\\${char}`)
		.replace(/\n/g, '\\n');
}

const utf8Octets = (char: string): number => {
	const code = char.codePointAt(0)!;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Folds at 75 octets of UTF-8, between characters; a continuation's leading space counts too. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	let limit = LINE_OCTETS;
	for (const char of line) {
		const size = utf8Octets(char);
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
			limit = LINE_OCTETS - 1;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join(`${CRLF} `);
}

/** "YYYY-MM-DD" → the day as a UTC date; a day that does not exist is a caller's bug. */
function parseDay(day: string): Date {
	const date = new Date(`${day}T00:00:00Z`);
	const exists = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
	if (!/^\d{4}-\d\d-\d\d$/.test(day) || !exists) throw new RangeError(`Not a day: ${day}`);
	return date;
}

const basicDate = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');
const basicUtc = (date: Date) =>
	date
		.toISOString()
		.replace(/\.\d+Z$/, 'Z')
		.replace(/[-:]/g, '');

function event(item: CalendarItem, stamp: string): string[] {
	const start = parseDay(item.date);
	// DTEND of an all-day event is exclusive: the next day.
	const end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
	return [
		'BEGIN:VEVENT',
		`UID:${escapeText(item.uid)}@${UID_DOMAIN}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${basicDate(start)}`,
		`DTEND;VALUE=DATE:${basicDate(end)}`,
		`SUMMARY:${escapeText(item.summary)}`,
		`DESCRIPTION:${escapeText(item.description)}`,
		'END:VEVENT',
	];
}

/** The calendar file; `now` becomes every event's DTSTAMP (passed in, so the output is reproducible). */
export function followUpsToICS(
	items: readonly CalendarItem[],
	now: Date,
	productId = '-//beziehungsweise//Werkstatt//DE',
): string {
	const stamp = basicUtc(now);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${escapeText(productId)}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...items.flatMap((item) => event(item, stamp)),
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}
