import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { openFollowUps } from '../../../src/lib/workbench/action-plan';
import { workedExample } from '../../../src/lib/workbench/example';
import { placeCustomer } from '../../../src/lib/workbench/portfolio';
import { latestRating } from '../../../src/lib/workbench/quality';
import { mapGaps } from '../../../src/lib/workbench/relationship-map';
import { WorkbenchCustomerSchema } from '../../../src/schemas/stored/workbench';

const NOW = '2025-03-10T08:00:00.000Z';

describe('the worked example (Klinikum Bergfeld)', () => {
	const example = workedExample(NOW);

	it('is a valid customer, marked as the example', () => {
		expect(v.safeParse(WorkbenchCustomerSchema, example).issues).toBeUndefined();
		expect(example.example).toBe(true);
		expect(example.updatedAt).toBe(NOW);
	});

	it('stays valid on any day, including across a month and year end', () => {
		for (const now of ['2024-02-20T23:59:00.000Z', '2025-12-30T00:00:00.000Z'])
			expect(v.safeParse(WorkbenchCustomerSchema, workedExample(now)).success).toBe(true);
	});

	it('names the course’s people: Claudia Menzel and Stefan Brandl at the hospital, Tobias Haag and Nina Scholz at Sanovia', () => {
		expect(example.name).toBe('Klinikum Bergfeld gGmbH');
		expect(example.people.slice(0, 2).map((p) => [p.name, p.function])).toEqual([
			['Claudia Menzel', 'Leiterin Einkauf und Materialwirtschaft'],
			['Stefan Brandl', 'Leiter OP-Management'],
		]);
		expect(example.ourContacts.map((c) => c.name)).toEqual(['Tobias Haag', 'Nina Scholz']);
		expect(example.committees).toHaveLength(2);
		expect(latestRating(example, 'menzel')?.date).toBe('2025-03-10');
	});

	it('is a customer to build on (ausbauen) and shows each of the three gap rules', () => {
		expect(placeCustomer(example)).toEqual({
			quadrant: 'ausbauen',
			priority: 1,
			borderline: false,
		});
		expect(mapGaps(example)).toEqual([
			{ kind: 'ohne-kontakt', personId: 'hygiene' },
			{ kind: 'klumpenrisiko', cause: 'anteil', contactId: 'haag', share: 2 / 3 },
			{
				kind: 'klumpenrisiko',
				cause: 'einzige-verbindung',
				contactId: 'haag',
				personId: 'brandl',
				share: 1,
			},
			{
				kind: 'klumpenrisiko',
				cause: 'einzige-verbindung',
				contactId: 'haag',
				personId: 'direktion',
				share: 1,
			},
			{
				kind: 'passt-nicht-zur-aufgabe',
				personId: 'op-pflege',
				contactId: 'scholz',
				uncoveredPersonIds: ['hygiene', 'direktion'],
			},
		]);
	});

	it('has two open actions to follow up in the weeks ahead', () => {
		const list = openFollowUps({ bergfeld: example }, '2025-03-10');
		expect(list.map((item) => [item.action.followUp, item.personName, item.overdue])).toEqual([
			['2025-03-31', 'Hygienefachkraft', false],
			['2025-04-14', 'Claudia Menzel', false],
		]);
	});
});
