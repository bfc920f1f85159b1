import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByCommittee, mapGaps, type Gap } from '../../../src/lib/workbench/relationship-map';
import type { WorkbenchLink, WorkbenchPerson } from '../../../src/schemas/stored/workbench';
import { customer as anyCustomer } from './arbitraries';

/** A person of low importance, on no committee and not involved now, unless told otherwise. */
const person = (id: string, overrides: Partial<WorkbenchPerson> = {}): WorkbenchPerson => ({
	id,
	name: id,
	function: '',
	buyingRole: 'sonstige',
	influence: 2,
	attitude: 'neutral',
	committees: [],
	relevantNow: false,
	...overrides,
});
const link = (personId: string, contactId: string, strength: number): WorkbenchLink => ({
	personId,
	contactId,
	strength,
});
const contacts = ['anna', 'ben', 'cem'].map((id) => ({ id, name: id, function: '' }));
const map = (people: WorkbenchPerson[], links: WorkbenchLink[]) => ({
	people,
	ourContacts: contacts,
	links,
	committees: [],
});
const kinds = (gaps: Gap[], kind: Gap['kind']) => gaps.filter((gap) => gap.kind === kind);

describe('gap: an important person without contact (ohne-kontakt)', () => {
	it('finds people of influence 4–5 and budget or veto holders that no link reaches', () => {
		const gaps = mapGaps(
			map(
				[
					person('chefin', { influence: 5 }),
					person('budget', { buyingRole: 'budget', influence: 1 }),
					person('veto', { buyingRole: 'veto' }),
					person('klein', { influence: 3 }),
				],
				[link('veto', 'anna', 1)],
			),
		);
		expect(kinds(gaps, 'ohne-kontakt')).toEqual([
			{ kind: 'ohne-kontakt', personId: 'chefin' },
			{ kind: 'ohne-kontakt', personId: 'budget' },
			{ kind: 'ohne-kontakt', personId: 'veto' }, // a link of strength 1 does not reach
		]);
	});

	it('says nothing once a link of strength 2 or more reaches them', () => {
		const gaps = mapGaps(
			map(
				[person('chefin', { influence: 5 }), person('veto', { buyingRole: 'veto' })],
				[link('chefin', 'anna', 2), link('veto', 'ben', 5)],
			),
		);
		expect(kinds(gaps, 'ohne-kontakt')).toEqual([]);
	});
});

describe('gap: the relationship hangs on one colleague (klumpenrisiko)', () => {
	it('finds a colleague holding at least 60 % of the working links (strength ≥ 3)', () => {
		const people = ['a', 'b', 'c', 'd', 'e'].map((id) => person(id));
		const gaps = mapGaps(
			map(people, [
				link('a', 'anna', 3),
				link('b', 'anna', 4),
				link('c', 'anna', 5),
				link('d', 'ben', 3),
				link('e', 'ben', 2), // not a working link: 3 of 4 are Anna's
			]),
		);
		expect(kinds(gaps, 'klumpenrisiko')).toEqual([
			{ kind: 'klumpenrisiko', cause: 'anteil', contactId: 'anna', share: 0.75 },
		]);
	});

	it('needs at least two working links, and stays quiet under 60 %', () => {
		const people = ['a', 'b', 'c', 'd', 'e'].map((id) => person(id));
		expect(mapGaps(map(people, [link('a', 'anna', 5)]))).toEqual([]);
		const spread = [
			link('a', 'anna', 3),
			link('b', 'anna', 3),
			link('c', 'ben', 3),
			link('d', 'cem', 3),
			link('e', 'ben', 3),
		];
		expect(mapGaps(map(people, spread))).toEqual([]);
		// Exactly 60 % counts.
		expect(
			kinds(
				mapGaps(map(people, spread.slice(0, 3).concat(link('d', 'anna', 3), link('e', 'ben', 4)))),
				'klumpenrisiko',
			),
		).toEqual([{ kind: 'klumpenrisiko', cause: 'anteil', contactId: 'anna', share: 0.6 }]);
	});

	it('finds an important person whom only one colleague reaches', () => {
		const gaps = mapGaps(
			map(
				[person('chefin', { influence: 4 }), person('leiter', { influence: 5 })],
				[
					link('chefin', 'ben', 2),
					link('chefin', 'anna', 1),
					link('leiter', 'anna', 2),
					link('leiter', 'cem', 2),
				],
			),
		);
		expect(gaps).toEqual([
			{
				kind: 'klumpenrisiko',
				cause: 'einzige-verbindung',
				contactId: 'ben',
				personId: 'chefin',
				share: 1,
			},
		]);
	});
});

describe('gap: strong contacts where the task is not (passt-nicht-zur-aufgabe)', () => {
	const important = person('entscheiderin', { influence: 4, relevantNow: true });
	const aside = person('nebenan', { influence: 2 });

	it('finds a close link to someone off the task while a relevant, influential person lacks one', () => {
		const gaps = mapGaps(
			map(
				[important, aside],
				[
					link('nebenan', 'anna', 4),
					link('entscheiderin', 'ben', 2),
					link('entscheiderin', 'cem', 2),
				],
			),
		);
		expect(kinds(gaps, 'passt-nicht-zur-aufgabe')).toEqual([
			{
				kind: 'passt-nicht-zur-aufgabe',
				personId: 'nebenan',
				contactId: 'anna',
				uncoveredPersonIds: ['entscheiderin'],
			},
		]);
	});

	it('stays quiet when the relevant person has a working link', () => {
		const gaps = mapGaps(
			map(
				[important, aside],
				[
					link('nebenan', 'anna', 5),
					link('entscheiderin', 'ben', 3),
					link('entscheiderin', 'cem', 3),
				],
			),
		);
		expect(kinds(gaps, 'passt-nicht-zur-aufgabe')).toEqual([]);
	});

	it('does not count a close link to someone relevant, on a committee, of influence 3, or a link under 4', () => {
		const onTask = [
			person('relevant', { relevantNow: true }),
			person('gremium', { committees: ['k'] }),
			person('mittel', { influence: 3 }),
		];
		const links = [
			...onTask.map((p) => link(p.id, 'anna', 5)),
			link('nebenan', 'anna', 3),
			link('entscheiderin', 'ben', 2),
			link('entscheiderin', 'cem', 2),
		];
		expect(
			kinds(mapGaps(map([important, aside, ...onTask], links)), 'passt-nicht-zur-aufgabe'),
		).toEqual([]);
	});
});

describe('the gaps of any valid customer (property)', () => {
	it('name only people and contacts that exist, and no gap twice', () => {
		fc.assert(
			fc.property(anyCustomer, (c) => {
				const people = new Set(c.people.map((p) => p.id));
				const ours = new Set(c.ourContacts.map((k) => k.id));
				const gaps = mapGaps(c);
				for (const gap of gaps) {
					if ('personId' in gap) expect(people.has(gap.personId)).toBe(true);
					if ('contactId' in gap) expect(ours.has(gap.contactId)).toBe(true);
					if (gap.kind === 'klumpenrisiko') expect(gap.share).toBeGreaterThanOrEqual(0.6);
				}
				const keys = gaps.map((g) => JSON.stringify(g));
				expect(new Set(keys).size).toBe(keys.length);
			}),
			{ numRuns: 100 },
		);
	});
});

describe('people grouped by committee', () => {
	it('puts people in each of their committees, and those in none in a last group', () => {
		const committees = [
			{ id: 'ausschuss', name: 'Investitionsausschuss', kind: 'gremium' as const },
			{ id: 'abnahme', name: 'Abnahme', kind: 'ablauf' as const },
			{ id: 'leer', name: 'Lenkungskreis', kind: 'gremium' as const },
		];
		const both = person('beide', { committees: ['ausschuss', 'abnahme'] });
		const one = person('eins', { committees: ['abnahme'] });
		const none = person('keins');
		const stray = person('verirrt', { committees: ['gibt-es-nicht'] });
		const groups = groupByCommittee({ people: [both, one, none, stray], committees });
		expect(groups).toEqual([
			{ group: 'committee', committee: committees[0], people: [both] },
			{ group: 'committee', committee: committees[1], people: [both, one] },
			{ group: 'committee', committee: committees[2], people: [] },
			{ group: 'ohne', people: [none, stray] },
		]);
		expect(groupByCommittee({ people: [both], committees }).map((g) => g.group)).not.toContain(
			'ohne',
		);
	});

	it('shows everyone at least once, for any valid customer (property)', () => {
		fc.assert(
			fc.property(anyCustomer, (c) => {
				const shown = new Set(groupByCommittee(c).flatMap((g) => g.people.map((p) => p.id)));
				expect(shown).toEqual(new Set(c.people.map((p) => p.id)));
			}),
			{ numRuns: 100 },
		);
	});
});
