import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { followUpsToICS } from '../../../src/lib/workbench/ical';

/** Our calendar file read back by a real iCalendar parser (ical.js, Mozilla's). */

const NOW = new Date('2025-03-10T08:15:30.000Z');
const parseEvents = (ics: string) =>
	ICAL.Component.fromString(ics)
		.getAllSubcomponents('vevent')
		.map((vevent) => new ICAL.Event(vevent));

describe('the follow-up calendar, read by ical.js', () => {
	it('holds one all-day event per item with its summary, description and day', () => {
		const ics = followUpsToICS(
			[
				{
					uid: 'a1',
					date: '2025-04-30',
					summary: 'Nachfassen: Klinikum Bergfeld; Frau Menzel, Einkauf',
					description: `Zeile eins\nZeile zwei mit Backslash \\ und ${'ü'.repeat(60)}`,
				},
				{ uid: 'a2', date: '2025-12-31', summary: 'Jahresende', description: '' },
			],
			NOW,
		);
		const [first, second, ...rest] = parseEvents(ics);
		expect(rest).toEqual([]);
		expect(first!.uid).toBe('a1@beziehungsweise.local');
		expect(first!.summary).toBe('Nachfassen: Klinikum Bergfeld; Frau Menzel, Einkauf');
		expect(first!.description).toBe(
			`Zeile eins\nZeile zwei mit Backslash \\ und ${'ü'.repeat(60)}`,
		);
		expect(first!.startDate.isDate).toBe(true);
		expect(first!.startDate.toString()).toBe('2025-04-30');
		expect(first!.endDate.toString()).toBe('2025-05-01');
		expect(second!.startDate.toString()).toBe('2025-12-31');
		expect(second!.endDate.toString()).toBe('2026-01-01');
	});

	it('gives back any text exactly, tabs and line feeds included, once other control characters are gone (property)', () => {
		const text = fc
			.string({ unit: 'grapheme', maxLength: 200 })
			.map((t) => t.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''));
		fc.assert(
			fc.property(text, text, (summary, description) => {
				const [event] = parseEvents(
					followUpsToICS([{ uid: 'x', date: '2025-01-01', summary, description }], NOW),
				);
				expect(event!.summary).toBe(summary);
				expect(event!.description).toBe(description);
			}),
		);
	});
});
