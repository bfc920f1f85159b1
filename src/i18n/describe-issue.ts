import type * as v from 'valibot';

/**
 * Messages that say what is wrong with an assignment link or a completion record, in German,
 * naming the field ("Fälligkeitsdatum ist kein Datum der Form JJJJ-MM-TT").
 */

/** German names of the fields, for messages that say what is wrong ("Fälligkeitsdatum: …"). */
export const ASSIGNMENT_FIELD_NAMES: Record<string, string> = {
	id: 'Kennung der Zuweisung',
	issuedBy: 'Absender',
	issuedAt: 'Ausstellungsdatum',
	due: 'Fälligkeitsdatum',
	message: 'Nachricht',
	items: 'Lernpfade und Module',
	kind: 'Art des Eintrags',
	assignee: 'Person',
	name: 'Name',
	email: 'E-Mail-Adresse',
};

/** "Fälligkeitsdatum ist kein Datum der Form JJJJ-MM-TT", for a problem Valibot found; `names` translates field keys. */
export function describeIssue(
	issue: v.BaseIssue<unknown>,
	names: Record<string, string> = ASSIGNMENT_FIELD_NAMES,
): string {
	const keys = (issue.path ?? []).map((item) => item.key);
	const last = [...keys].reverse().find((key): key is string => typeof key === 'string');
	const field = last ? (names[last] ?? `„${last.slice(0, 40)}“`) : 'Die Angabe';
	if (issue.type === 'strict_object' || issue.type === 'object') {
		if (issue.expected === 'never')
			return `unbekanntes Feld${last ? ` „${last.slice(0, 40)}“` : ''}`;
		if (issue.received === 'undefined') return `${field} fehlt`;
		return `${field} hat nicht die erwartete Form`;
	}
	// Messages of these schemas are predicates ("ist zu lang …"); shared ones are phrases ("Kein gültiger Zeitstempel").
	return /^\p{Lu}/u.test(issue.message)
		? `${field}: ${issue.message}`
		: `${field} ${issue.message}`;
}

/** German names of the record's fields, for messages about invalid files. */
export const RECORD_FIELD_NAMES: Record<string, string> = {
	...ASSIGNMENT_FIELD_NAMES,
	format: 'Format',
	version: 'Version',
	exportedAt: 'Exportdatum',
	acceptedAt: 'Annahmedatum',
	status: 'Status',
	completedAt: 'Abschlussdatum',
	score: 'Ergebnis',
	modules: 'Module',
	title: 'Titel',
	sectionsRead: 'Gelesene Abschnitte',
	sectionsTotal: 'Abschnitte',
	firstVisitedAt: 'Erster Besuch',
	quiz: 'Wissenscheck',
	attempts: 'Versuche',
	best: 'Bestes Ergebnis',
	last: 'Letztes Ergebnis',
	passed: 'Bestanden',
	passedAt: 'Bestanden am',
	pathTests: 'Eingangs- und Abschlusstests',
	pathId: 'Lernpfad',
	entry: 'Eingangstest',
	final: 'Abschlusstest',
};
