import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, followUpsToICS } from '../../../src/lib/workbench/ical';

// A deliberately small iCalendar reader: unfold, split into properties, unescape TEXT. Enough to
// check the writer without a library; ical-parse.test.ts reads the same files with ical.js.

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

const unescapeText = (value: string) =>
	value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

interface Property {
	name: string;
	params: string;
	value: string;
}

/** The unfolded content lines as properties (no quoted parameters: our writer makes none). */
function properties(ics: string): Property[] {
	return unfold(ics)
		.split('\r\n')
		.filter((line) => line !== '')
		.map((line) => {
			const colon = line.indexOf(':');
			const [name, ...params] = line.slice(0, colon).split(';');
			return { name: name!, params: params.join(';'), value: line.slice(colon + 1) };
		});
}

/** The events' properties, name → raw value. */
function events(ics: string): Record<string, string>[] {
	const found: Record<string, string>[] = [];
	let current: Record<string, string> | undefined;
	for (const { name, value } of properties(ics)) {
		if (name === 'BEGIN' && value === 'VEVENT') current = {};
		else if (name === 'END' && value === 'VEVENT' && current) {
			found.push(current);
			current = undefined;
		} else if (current) current[name] = value;
	}
	return found;
}

const NOW = new Date('2025-03-10T08:15:30.123Z');
const item = {
	uid: 'bergfeld-jahresgespraech',
	date: '2025-04-30',
	summary: 'Nachfassen: Klinikum Bergfeld',
	description: 'Jahresgespräch vorschlagen; mit Frau Menzel, Kaufmännischer Direktion',
};
const octets = (line: string) => Buffer.byteLength(line, 'utf8');
/** What survives TEXT: line breaks as \n, no other control characters, no lone surrogates. */
const normalised = (text: string) =>
	text
		.replace(/\r\n?/g, '\n')
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
		.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

describe('the follow-up calendar (RFC 5545)', () => {
	it('writes a calendar with one all-day event per item', () => {
		const ics = followUpsToICS([item, { ...item, uid: 'zwei', date: '2025-12-31' }], NOW);
		expect(properties(ics).slice(0, 5)).toEqual([
			{ name: 'BEGIN', params: '', value: 'VCALENDAR' },
			{ name: 'VERSION', params: '', value: '2.0' },
			{ name: 'PRODID', params: '', value: '-//beziehungsweise//Werkstatt//DE' },
			{ name: 'CALSCALE', params: '', value: 'GREGORIAN' },
			{ name: 'METHOD', params: '', value: 'PUBLISH' },
		]);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		const [first, second] = events(ics);
		expect(first).toEqual({
			UID: 'bergfeld-jahresgespraech@beziehungsweise.local',
			DTSTAMP: '20250310T081530Z',
			DTSTART: '20250430',
			DTEND: '20250501',
			SUMMARY: 'Nachfassen: Klinikum Bergfeld',
			DESCRIPTION: 'Jahresgespräch vorschlagen\\; mit Frau Menzel\\, Kaufmännischer Direktion',
		});
		expect(second).toMatchObject({ DTSTART: '20251231', DTEND: '20260101' });
		expect(properties(ics).find((p) => p.name === 'DTSTART')!.params).toBe('VALUE=DATE');
		expect(followUpsToICS([], NOW, '-//Test//DE')).toContain('PRODID:-//Test//DE\r\n');
	});

	it('ends every line with CRLF and has no bare line feed or carriage return', () => {
		const ics = followUpsToICS([{ ...item, description: 'eins\nzwei\r\ndrei\rvier' }], NOW);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(events(ics)[0]!.DESCRIPTION).toBe('eins\\nzwei\\ndrei\\nvier');
	});

	it('escapes backslash, semicolon, comma and line breaks, and drops other control characters', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
		expect(escapeText('Tab\tbleibt\u0007')).toBe('Tab\tbleibt');
		expect(escapeText('Doppelpunkt: "bleibt"')).toBe('Doppelpunkt: "bleibt"');
	});

	it('refuses a day that does not exist', () => {
		expect(() => followUpsToICS([{ ...item, date: '2025-02-29' }], NOW)).toThrow(RangeError);
		expect(() => followUpsToICS([{ ...item, date: '30.04.2025' }], NOW)).toThrow(RangeError);
	});

	it('folds at 75 octets without splitting a character', () => {
		const long = `${'ä'.repeat(50)}€🙂${'x'.repeat(80)}`;
		const ics = followUpsToICS([{ ...item, summary: long }], NOW);
		const lines = ics.split('\r\n');
		expect(Math.max(...lines.map(octets))).toBeLessThanOrEqual(75);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
		expect(ics).not.toContain('\ufffd');
		expect(events(ics)[0]!.SUMMARY).toBe(long);
		// Full lines are used: 'SUMMARY:' plus 33 × 'ä' (2 octets) is 74, the next 'ä' goes on.
		expect(octets(lines.find((l) => l.startsWith('SUMMARY:'))!)).toBe(74);
	});

	it('folds any line to at most 75 octets per physical line, losing nothing (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				const line = `DESCRIPTION:${escapeText(text)}`;
				const folded = foldLine(line);
				for (const physical of folded.split('\r\n'))
					expect(octets(physical)).toBeLessThanOrEqual(75);
				expect(unfold(folded)).toBe(line);
			}),
		);
	});

	it('round-trips any text through escaping, folding, unfolding and unescaping (property)', () => {
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 300 }),
			fc.string({ unit: 'grapheme', maxLength: 300 }),
			fc.stringMatching(/^[\\;,\n\r a-zäöü€🙂]{0,200}$/u),
		);
		fc.assert(
			fc.property(text, text, (summary, description) => {
				const [event] = events(followUpsToICS([{ ...item, summary, description }], NOW));
				expect(unescapeText(event!.SUMMARY!)).toBe(normalised(summary));
				expect(unescapeText(event!.DESCRIPTION!)).toBe(normalised(description));
			}),
		);
	});

	it('keeps text exactly, tabs and line feeds included, when it has no other control characters (property)', () => {
		fc.assert(
			fc.property(
				fc
					.string({ unit: 'grapheme', maxLength: 300 })
					.map((t) => t.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')),
				(summary) => {
					const [event] = events(followUpsToICS([{ ...item, summary }], NOW));
					expect(unescapeText(event!.SUMMARY!)).toBe(summary);
				},
			),
		);
	});
});
