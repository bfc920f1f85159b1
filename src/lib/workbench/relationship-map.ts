import type {
	WorkbenchCommittee,
	WorkbenchCustomer,
	WorkbenchPerson,
} from '../../schemas/stored/workbench';

/**
 * The relationship map's gaps, the three the diagnosis module names: an important person nobody
 * reaches, a relationship that hangs on one colleague (succession risk), and strong contacts that
 * sit where the current task is not. Each gap carries the ids the UI needs to name it.
 */

/** A link of strength 1 is a name on a list, not a contact one could call. */
const REACHES = 2;
/** Strength from which a link counts as a working relationship. */
const WORKS = 3;
/** Strength of a close contact. */
const CLOSE = 4;
/** Influence of an important person. */
const IMPORTANT = 4;
/** One colleague holding this share of the working links is a succession risk. */
const CLUSTER_SHARE = 0.6;

export type Gap =
	| { kind: 'ohne-kontakt'; personId: string }
	| {
			kind: 'klumpenrisiko';
			cause: 'anteil';
			contactId: string;
			/** The contact's share of all links of strength ≥ 3, from 0 to 1. */
			share: number;
	  }
	| {
			kind: 'klumpenrisiko';
			cause: 'einzige-verbindung';
			contactId: string;
			/** The important person only this contact reaches. */
			personId: string;
			share: 1;
	  }
	| {
			kind: 'passt-nicht-zur-aufgabe';
			/** The close contact who matters little for the current task … */
			personId: string;
			contactId: string;
			/** … while these relevant, influential people lack a working relationship. */
			uncoveredPersonIds: string[];
	  };

type Network = Pick<WorkbenchCustomer, 'people' | 'ourContacts' | 'links'>;

const isImportant = (person: WorkbenchPerson) =>
	person.influence >= IMPORTANT || person.buyingRole === 'budget' || person.buyingRole === 'veto';

function contactsReaching(map: Network, personId: string, minStrength: number): Set<string> {
	return new Set(
		map.links
			.filter((link) => link.personId === personId && link.strength >= minStrength)
			.map((link) => link.contactId),
	);
}

function withoutContact(map: Network): Gap[] {
	return map.people
		.filter((person) => isImportant(person) && contactsReaching(map, person.id, REACHES).size === 0)
		.map((person) => ({ kind: 'ohne-kontakt', personId: person.id }));
}

function clusterRisk(map: Network): Gap[] {
	const gaps: Gap[] = [];
	const working = map.links.filter((link) => link.strength >= WORKS);
	if (working.length >= 2) {
		for (const contact of map.ourContacts) {
			const share = working.filter((link) => link.contactId === contact.id).length / working.length;
			if (share >= CLUSTER_SHARE)
				gaps.push({ kind: 'klumpenrisiko', cause: 'anteil', contactId: contact.id, share });
		}
	}
	for (const person of map.people) {
		if (person.influence < IMPORTANT) continue;
		const reaching = [...contactsReaching(map, person.id, REACHES)];
		if (reaching.length === 1)
			gaps.push({
				kind: 'klumpenrisiko',
				cause: 'einzige-verbindung',
				contactId: reaching[0]!,
				personId: person.id,
				share: 1,
			});
	}
	return gaps;
}

function misplacedContacts(map: Network): Gap[] {
	const uncoveredPersonIds = map.people
		.filter(
			(person) =>
				person.relevantNow &&
				person.influence >= IMPORTANT &&
				contactsReaching(map, person.id, WORKS).size === 0,
		)
		.map((person) => person.id);
	if (uncoveredPersonIds.length === 0) return [];
	const offTask = new Set(
		map.people
			.filter((p) => !p.relevantNow && p.committees.length === 0 && p.influence < WORKS)
			.map((p) => p.id),
	);
	return map.links
		.filter((link) => link.strength >= CLOSE && offTask.has(link.personId))
		.map((link) => ({
			kind: 'passt-nicht-zur-aufgabe',
			personId: link.personId,
			contactId: link.contactId,
			uncoveredPersonIds,
		}));
}

/** All gaps, rule by rule, each rule in the customer's order of people and contacts. */
export function mapGaps(customer: Network): Gap[] {
	return [...withoutContact(customer), ...clusterRisk(customer), ...misplacedContacts(customer)];
}

export type CommitteeGroup =
	| { group: 'committee'; committee: WorkbenchCommittee; people: WorkbenchPerson[] }
	| { group: 'ohne'; people: WorkbenchPerson[] };

/**
 * People per committee for drawing, in the customer's order: someone in several committees appears
 * in each; those in none (or only in committees that do not exist) form a last group, 'ohne'.
 */
export function groupByCommittee(
	customer: Pick<WorkbenchCustomer, 'people' | 'committees'>,
): CommitteeGroup[] {
	const groups: CommitteeGroup[] = customer.committees.map((committee) => ({
		group: 'committee',
		committee,
		people: customer.people.filter((person) => person.committees.includes(committee.id)),
	}));
	const known = new Set(customer.committees.map((committee) => committee.id));
	const none = customer.people.filter((person) => !person.committees.some((id) => known.has(id)));
	if (none.length > 0) groups.push({ group: 'ohne', people: none });
	return groups;
}
