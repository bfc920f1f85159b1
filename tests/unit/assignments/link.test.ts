import fc from 'fast-check';
import { words } from '../words';
import { describe, expect, it } from 'vitest';
import {
	assignmentLink,
	decodeAssignment,
	encodeAssignment,
	encodePayload,
	MAX_FRAGMENT_CHARS,
	newAssignmentId,
} from '../../../src/lib/assignments/link';
import type { Assignment } from '../../../src/schemas/stored/assignment';
import { assignment } from './arbitraries';

const example: Assignment = {
	id: 'k3x9q2m7p4z1',
	issuedBy: 'Personalentwicklung, Anna Weber',
	issuedAt: '2026-11-27',
	due: '2026-12-31',
	message: 'Bitte bis Jahresende.\nDanke!',
	items: [
		{ kind: 'path', id: 'grundlagen' },
		{ kind: 'module', id: 'diagnose' },
	],
	assignee: { name: 'Jörg Müller-Lüdenscheidt', email: 'joerg.mueller@firma.example' },
};

const refused = (fragment: string): string => {
	const result = decodeAssignment(fragment);
	expect(result.ok).toBe(false);
	return result.ok ? '' : words(result.message);
};

describe('assignment links', () => {
	it('carry the assignment in the fragment and read back exactly', () => {
		const link = assignmentLink('https://lernen.example/zuweisung/', example);
		expect(link).toMatch(
			/^https:\/\/lernen\.example\/zuweisung\/#z1\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/,
		);
		expect(decodeAssignment(new URL(link).hash)).toEqual({ ok: true, assignment: example });
	});

	it('stay well under the size cap and fit a QR code for a realistic assignment', () => {
		expect(encodeAssignment({ ...example, message: 'x'.repeat(1000) }).length).toBeLessThan(2000);
	});

	it('read back every valid assignment unchanged (property)', () => {
		fc.assert(
			fc.property(assignment, (a) => {
				expect(decodeAssignment(`#${encodeAssignment(a)}`)).toEqual({ ok: true, assignment: a });
			}),
			{ numRuns: 300 },
		);
	});

	it('refuse every truncation of a link and say it is incomplete or damaged (property)', () => {
		fc.assert(
			fc.property(assignment, fc.nat(), (a, cut) => {
				const fragment = encodeAssignment(a);
				const truncated = fragment.slice(0, cut % fragment.length);
				expect(refused(truncated)).toMatch(/unvollständig|keine Zuweisung|beschädigt/);
			}),
			{ numRuns: 300 },
		);
	});

	it('refuse a link with any single character changed (property)', () => {
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
		fc.assert(
			fc.property(assignment, fc.nat(), fc.nat(), (a, at, by) => {
				const fragment = encodeAssignment(a);
				const index = 3 + (at % (fragment.length - 3));
				const replacement = alphabet[by % alphabet.length]!;
				fc.pre(fragment[index] !== replacement);
				refused(`${fragment.slice(0, index)}${replacement}${fragment.slice(index + 1)}`);
			}),
			{ numRuns: 500 },
		);
	});

	it('never throw and never accept arbitrary text (property)', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					fc.string().map((s) => `z1.${s}`),
					fc.string().map((s) => `#z1.${s}.0000000`),
				),
				(text) => {
					expect(decodeAssignment(text).ok).toBe(false);
				},
			),
			{ numRuns: 500 },
		);
	});

	it('refuse well-formed links whose content is hostile, naming what is wrong, and change nothing (property)', () => {
		const hostile = fc.oneof(
			fc.jsonValue(),
			fc.jsonValue().map((extra) => ({ ...example, extra })),
			fc.dictionary(
				fc.constantFrom(
					'id',
					'issuedBy',
					'issuedAt',
					'due',
					'message',
					'items',
					'assignee',
					'__proto__',
					'constructor',
				),
				fc.jsonValue(),
			),
		);
		fc.assert(
			fc.property(hostile, (value) => {
				const result = decodeAssignment(encodePayload(value));
				if (result.ok) expect(result.assignment).toEqual(value); // only a genuinely valid assignment passes
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			}),
			{ numRuns: 500 },
		);
	});

	it.each([
		[
			'a key that is not part of an assignment',
			{ ...example, admin: true },
			'unbekanntes Feld „admin“',
		],
		[
			'__proto__',
			JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(example).slice(1)}`),
			'unbekanntes Feld „__proto__“',
		],
		[
			'HTML in the message',
			{ ...example, message: '<img src=x onerror=alert(1)>' },
			'Nachricht enthält HTML-Zeichen',
		],
		[
			'a direction override in the name',
			{ ...example, assignee: { name: 'Anna \u202eEvil' } },
			'Name enthält Steuerzeichen',
		],
		[
			'a line break in the sender',
			{ ...example, issuedBy: 'HR\nFake' },
			'Absender enthält Steuerzeichen',
		],
		[
			'an over-long message',
			{ ...example, message: 'x'.repeat(1001) },
			'Nachricht ist zu lang (höchstens 1000 Zeichen)',
		],
		[
			'a day that does not exist',
			{ ...example, due: '2026-02-30' },
			'Fälligkeitsdatum ist ein Tag, den es nicht gibt',
		],
		['no items', { ...example, items: [] }, 'Lernpfade und Module ist leer'],
		[
			'an unknown kind of item',
			{ ...example, items: [{ kind: 'script', id: 'x' }] },
			'Art des Eintrags ist weder Lernpfad noch Modul',
		],
		[
			'a path given twice',
			{ ...example, items: [example.items[0], example.items[0]] },
			'enthält einen Eintrag doppelt',
		],
		['a missing name', { ...example, assignee: {} }, 'Name fehlt'],
		[
			'an invalid e-mail address',
			{ ...example, assignee: { name: 'A', email: 'a@b' } },
			'E-Mail-Adresse ist ungültig',
		],
		['a list instead of an object', [example], 'Kennung der Zuweisung fehlt'],
		// An inherited member's name would pass for an assignment already accepted.
		[
			'an id that names an inherited member',
			{ ...example, id: 'constructor' },
			'Kennung der Zuweisung ist ungültig',
		],
	])('refuse %s with a message naming it', (_, value, expected) => {
		const message = refused(encodePayload(value));
		expect(message).toContain(expected);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuse an oversized link before decoding it', () => {
		expect(refused(`z1.${'A'.repeat(MAX_FRAGMENT_CHARS)}.0000000`)).toMatch(
			/^Der Link ist zu lang/,
		);
	});

	it('say so when the link is empty, cut off, from another version or damaged', () => {
		expect(refused('')).toMatch(/enthält keine Zuweisung/);
		const fragment = encodeAssignment(example);
		expect(refused(fragment.slice(0, -8))).toMatch(/unvollständig/);
		expect(refused(fragment.slice(0, -3))).toMatch(/unvollständig/);
		expect(refused(fragment.replace(/^z1\./, 'z2.'))).toMatch(/anderen Version/);
		expect(
			refused(`${fragment.slice(0, 10)}${fragment[10] === 'A' ? 'B' : 'A'}${fragment.slice(11)}`),
		).toMatch(/Prüfsumme stimmt nicht/);
	});

	it('make ids the schema accepts', () => {
		for (let i = 0; i < 50; i++) expect(newAssignmentId()).toMatch(/^[a-z0-9]{12}$/);
	});
});
