import { describe, expect, it } from 'vitest';
import { words } from '../words';
import {
	composeAssignments,
	mailtoHref,
	type AssignmentDraft,
} from '../../../src/lib/assignments/compose';
import { decodeAssignment, encodeAssignment } from '../../../src/lib/assignments/link';

const draft: AssignmentDraft = {
	pathIds: ['grundlagen'],
	moduleIds: ['diagnose'],
	due: '2026-12-31',
	issuedBy: ' Personalentwicklung ',
	message: 'Bitte bis Jahresende.',
	people: 'Anna Weber; anna@firma.example\nBen Koch',
};

describe('composing an assignment', () => {
	it('makes one valid assignment per person that a learner’s page reads back', () => {
		const result = composeAssignments(draft, '2026-11-27', 'abcdefgh1234');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.assignments.map((a) => a.assignee)).toEqual([
			{ name: 'Anna Weber', email: 'anna@firma.example' },
			{ name: 'Ben Koch' },
		]);
		for (const assignment of result.assignments) {
			expect(assignment).toMatchObject({
				id: 'abcdefgh1234',
				issuedBy: 'Personalentwicklung',
				issuedAt: '2026-11-27',
				items: [
					{ kind: 'path', id: 'grundlagen' },
					{ kind: 'module', id: 'diagnose' },
				],
			});
			expect(decodeAssignment(encodeAssignment(assignment))).toEqual({ ok: true, assignment });
		}
	});

	it('names every field that is wrong', () => {
		const result = composeAssignments(
			{
				pathIds: [],
				moduleIds: [],
				due: '2026-11-01',
				issuedBy: '',
				message: '<b>Hallo</b>',
				people: 'x; kein-mail',
			},
			'2026-11-27',
			'abcdefgh1234',
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(
			Object.fromEntries(Object.entries(result.errors).map(([field, m]) => [field, words(m)])),
		).toEqual({
			items: 'Bitte wählen Sie mindestens einen Lernpfad oder ein Modul.',
			due: 'Das Fälligkeitsdatum liegt in der Vergangenheit.',
			issuedBy: 'Bitte geben Sie an, wer die Zuweisung schickt (Ihr Name oder Ihre Abteilung).',
			message: 'Die Nachricht enthält HTML-Zeichen.',
			people: 'Bitte prüfen Sie die Liste der Personen (1 Hinweis).',
		});
		expect(result.peopleProblems.map(words)).toEqual(['Zeile 1: E-Mail-Adresse ist ungültig']);
	});

	it('writes a mailto link with subject and body, keeping the address readable', () => {
		expect(
			mailtoHref('anna@firma.example', 'Zuweisung: Grundlagen', 'Link:\nhttps://x.example/#z1.a.b'),
		).toBe(
			'mailto:anna@firma.example?subject=Zuweisung%3A%20Grundlagen&body=Link%3A%0Ahttps%3A%2F%2Fx.example%2F%23z1.a.b',
		);
	});
});
