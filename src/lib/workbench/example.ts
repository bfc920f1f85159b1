import type { WorkbenchCustomer } from '../../schemas/stored/workbench';

/**
 * The worked example the workbench opens with: the Klinikum Bergfeld, the hospital from the
 * role-play "Der Lieferverzug bei den Hüftsets", seen from Sanovia Medizinbedarf. Claudia Menzel and
 * Stefan Brandl are from the cast; the other people are functions without names, since the cast has
 * no one for them. Built so that each of the map's three gap rules shows once.
 */

/** `day` plus `days`, as "YYYY-MM-DD". */
const addDays = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** `now` is an ISO timestamp; the rating is dated that day, the actions in the weeks after. */
export function workedExample(now: string): WorkbenchCustomer {
	const today = now.slice(0, 10);
	return {
		updatedAt: now,
		name: 'Klinikum Bergfeld gGmbH',
		segment: 'Krankenhäuser',
		revenueBand: 'mittel',
		profitability: 4,
		// The framework contract is renegotiated in May.
		futureChances: 5,
		example: true,
		people: [
			{
				id: 'menzel',
				name: 'Claudia Menzel',
				function: 'Leiterin Einkauf und Materialwirtschaft',
				buyingRole: 'spezifikation',
				influence: 4,
				attitude: 'foerdernd',
				committees: ['kommission', 'rahmenvertrag'],
				relevantNow: true,
			},
			{
				id: 'brandl',
				name: 'Stefan Brandl',
				function: 'Leiter OP-Management',
				buyingRole: 'anstoss',
				influence: 4,
				attitude: 'kritisch',
				committees: ['kommission'],
				relevantNow: true,
			},
			{
				id: 'hygiene',
				name: 'Hygienefachkraft',
				function: 'Krankenhaushygiene, prüft neue Sets vor dem Einsatz',
				buyingRole: 'veto',
				influence: 4,
				attitude: 'neutral',
				committees: ['kommission'],
				relevantNow: true,
			},
			{
				id: 'direktion',
				name: 'Kaufmännische Direktion',
				function: 'Gibt das Budget für den Rahmenvertrag frei',
				buyingRole: 'budget',
				influence: 5,
				attitude: 'neutral',
				committees: ['rahmenvertrag'],
				relevantNow: true,
			},
			{
				id: 'op-pflege',
				name: 'Pflegerische Leitung im OP',
				function: 'Arbeitet täglich mit den Sets',
				buyingRole: 'anwendung',
				influence: 2,
				attitude: 'foerdernd',
				committees: [],
				relevantNow: false,
			},
		],
		committees: [
			{ id: 'kommission', name: 'Medizinproduktekommission', kind: 'gremium' },
			{ id: 'rahmenvertrag', name: 'Neuverhandlung des Rahmenvertrags im Mai', kind: 'ablauf' },
		],
		ourContacts: [
			{ id: 'haag', name: 'Tobias Haag', function: 'Außendienst' },
			{ id: 'scholz', name: 'Nina Scholz', function: 'Medizinprodukteberaterin' },
		],
		links: [
			{ personId: 'menzel', contactId: 'haag', strength: 4 },
			{ personId: 'menzel', contactId: 'scholz', strength: 2 },
			{ personId: 'brandl', contactId: 'haag', strength: 3 },
			{ personId: 'direktion', contactId: 'haag', strength: 2 },
			{ personId: 'op-pflege', contactId: 'scholz', strength: 4 },
		],
		ratings: [
			{
				id: 'menzel-1',
				personId: 'menzel',
				date: today,
				values: {
					sympathie: 4,
					anerkennung: 3,
					vertrauen: 2,
					gegenseitigkeit: 3,
					intensitaet: 3,
					kompetenz: 4,
				},
			},
		],
		actions: [
			{
				id: 'hygiene-vorstellen',
				personId: 'hygiene',
				what: 'Die neuen Hüftsets der Hygienefachkraft vorstellen und die Anforderungen an die Aufbereitung klären',
				who: 'Nina Scholz',
				due: addDays(today, 14),
				followUp: addDays(today, 21),
				criterion: 'kompetenz',
				status: 'offen',
			},
			{
				id: 'jahresgespraech',
				personId: 'menzel',
				what: 'Vor der Neuverhandlung ein Jahresgespräch mit Frau Menzel und der Kaufmännischen Direktion vorschlagen',
				who: 'Tobias Haag',
				due: addDays(today, 28),
				followUp: addDays(today, 35),
				criterion: 'vertrauen',
				status: 'offen',
			},
		],
	};
}
