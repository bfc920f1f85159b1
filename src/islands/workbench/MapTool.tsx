import { useState, type FormEvent, type ReactNode } from 'react';
import { t } from '../../i18n/client';
import { SCALE_WORD } from './scale-words';
import { mapGaps, type Gap } from '../../lib/workbench/relationship-map';
import {
	ATTITUDES,
	BUYING_ROLES,
	type Attitude,
	type BuyingRole,
	type WorkbenchCustomer,
} from '../../schemas/stored/workbench';
import { MapDrawing } from './MapDrawing';
import type { CustomerToolProps } from './types';
import { useValidatedSave } from './validated-save';

/**
 * Tool 2, the relationship map of one customer: the people of its decision network, the committees
 * and processes they sit in, our own colleagues and how close each is to whom. Drawn as a map and
 * listed as text; the gaps the diagnosis module names are spelled out below.
 */
const controlClass = 'mt-1 block min-h-11 w-full rounded-md border border-line bg-canvas px-3';
const SCALE = [1, 2, 3, 4, 5] as const;

export function MapTool(props: CustomerToolProps) {
	const { customer, newId } = props;
	const { save, error, status, announce } = useValidatedSave(props);
	const personName = (id: string) => customer.people.find((p) => p.id === id)?.name ?? '';
	const contactName = (id: string) => customer.ourContacts.find((c) => c.id === id)?.name ?? '';
	const base = strip(customer);

	// Person form
	const [person, setPerson] = useState({
		name: '',
		function: '',
		buyingRole: 'anstoss' as BuyingRole,
		influence: 3,
		attitude: 'neutral' as Attitude,
		committee: '',
		relevantNow: true,
	});
	const [committee, setCommittee] = useState({ name: '', kind: 'gremium' as 'gremium' | 'ablauf' });
	const [contact, setContact] = useState({ name: '', function: '' });
	const [link, setLink] = useState({ personId: '', contactId: '', strength: 3 });

	const addPerson = (event: FormEvent) => {
		event.preventDefault();
		const next = {
			id: newId(),
			name: person.name.trim(),
			function: person.function.trim(),
			buyingRole: person.buyingRole,
			influence: person.influence,
			attitude: person.attitude,
			committees: person.committee ? [person.committee] : [],
			relevantNow: person.relevantNow,
		};
		if (
			save(
				{ ...base, people: [...base.people, next] },
				t('workbench.map.personAdded', { name: next.name }),
			)
		)
			setPerson({ ...person, name: '', function: '' });
	};
	const addCommittee = (event: FormEvent) => {
		event.preventDefault();
		const next = { id: newId(), name: committee.name.trim(), kind: committee.kind };
		if (
			save(
				{ ...base, committees: [...base.committees, next] },
				t('workbench.map.committeeAdded', { name: next.name }),
			)
		)
			setCommittee({ ...committee, name: '' });
	};
	const addContact = (event: FormEvent) => {
		event.preventDefault();
		const next = { id: newId(), name: contact.name.trim(), function: contact.function.trim() };
		if (
			save(
				{ ...base, ourContacts: [...base.ourContacts, next] },
				t('workbench.map.contactAdded', { name: next.name }),
			)
		)
			setContact({ name: '', function: '' });
	};
	const addLink = (event: FormEvent) => {
		event.preventDefault();
		if (!link.personId || !link.contactId) {
			announce(t('workbench.map.linkIncomplete'));
			return;
		}
		// One line per pair: a second rating of the same pair replaces the first.
		const others = base.links.filter(
			(l) => !(l.personId === link.personId && l.contactId === link.contactId),
		);
		save(
			{ ...base, links: [...others, { ...link }] },
			t('workbench.map.linkAdded', {
				contact: contactName(link.contactId),
				person: personName(link.personId),
				strength: link.strength,
			}),
		);
	};
	const removePerson = (id: string) =>
		save(
			{
				...base,
				people: base.people.filter((p) => p.id !== id),
				links: base.links.filter((l) => l.personId !== id),
				ratings: base.ratings.filter((r) => r.personId !== id),
				// The person's actions stay, as actions for the customer as a whole.
				actions: base.actions.map(({ personId, ...action }) =>
					personId === id || personId === undefined ? action : { ...action, personId },
				),
			},
			t('workbench.map.removed', { name: personName(id) }),
		);
	const removeContact = (id: string) =>
		save(
			{
				...base,
				ourContacts: base.ourContacts.filter((c) => c.id !== id),
				links: base.links.filter((l) => l.contactId !== id),
			},
			t('workbench.map.removed', { name: contactName(id) }),
		);
	const removeCommittee = (id: string) =>
		save(
			{
				...base,
				committees: base.committees.filter((c) => c.id !== id),
				people: base.people.map((p) => ({
					...p,
					committees: p.committees.filter((c) => c !== id),
				})),
			},
			t('workbench.map.removed', {
				name: customer.committees.find((c) => c.id === id)?.name ?? '',
			}),
		);

	const gaps = mapGaps(customer);
	const describeGap = (gap: Gap) => {
		switch (gap.kind) {
			case 'ohne-kontakt':
				return t('workbench.gap.ohneKontakt', { person: personName(gap.personId) });
			case 'klumpenrisiko':
				return gap.cause === 'anteil'
					? t('workbench.gap.klumpenAnteil', {
							contact: contactName(gap.contactId),
							share: Math.round(gap.share * 100),
						})
					: t('workbench.gap.klumpenEinzig', {
							contact: contactName(gap.contactId),
							person: personName(gap.personId),
						});
			default:
				return t('workbench.gap.passtNicht', {
					contact: contactName(gap.contactId),
					person: personName(gap.personId),
					uncovered: gap.uncoveredPersonIds.map(personName).join(', '),
				});
		}
	};

	return (
		<div className="grid gap-6">
			<p role="status" className="no-print font-semibold">
				{status}
			</p>
			<p role="alert" className="no-print font-semibold">
				{error}
			</p>
			<div className="no-print grid gap-4 lg:grid-cols-2">
				<MiniForm title={t('workbench.map.addCommittee')} id="gremium-neu" onSubmit={addCommittee}>
					<Field id="gremium-name" label={t('workbench.map.committeeName')}>
						<input
							id="gremium-name"
							className={controlClass}
							maxLength={80}
							value={committee.name}
							onChange={(e) => setCommittee({ ...committee, name: e.target.value })}
						/>
					</Field>
					<Field id="gremium-art" label={t('workbench.map.committeeKind')}>
						<select
							id="gremium-art"
							className={controlClass}
							value={committee.kind}
							onChange={(e) =>
								setCommittee({ ...committee, kind: e.target.value as 'gremium' | 'ablauf' })
							}
						>
							<option value="gremium">{t('workbench.map.kind.gremium')}</option>
							<option value="ablauf">{t('workbench.map.kind.ablauf')}</option>
						</select>
					</Field>
				</MiniForm>

				<MiniForm title={t('workbench.map.addPerson')} id="person-neu" onSubmit={addPerson}>
					<Field
						id="person-name"
						label={t('workbench.map.personName')}
						hint={t('workbench.map.personNameHint')}
					>
						<input
							id="person-name"
							className={controlClass}
							maxLength={80}
							autoComplete="off"
							value={person.name}
							onChange={(e) => setPerson({ ...person, name: e.target.value })}
						/>
					</Field>
					<Field id="person-funktion" label={t('workbench.map.personFunction')}>
						<input
							id="person-funktion"
							className={controlClass}
							maxLength={80}
							autoComplete="off"
							value={person.function}
							onChange={(e) => setPerson({ ...person, function: e.target.value })}
						/>
					</Field>
					<Field id="person-rolle" label={t('workbench.map.buyingRole')}>
						<select
							id="person-rolle"
							className={controlClass}
							value={person.buyingRole}
							onChange={(e) => setPerson({ ...person, buyingRole: e.target.value as BuyingRole })}
						>
							{BUYING_ROLES.map((role) => (
								<option key={role} value={role}>
									{t(`workbench.role.${role}`)}
								</option>
							))}
						</select>
					</Field>
					<Field id="person-einfluss" label={t('workbench.map.influence')}>
						<select
							id="person-einfluss"
							className={controlClass}
							value={person.influence}
							onChange={(e) => setPerson({ ...person, influence: Number(e.target.value) })}
						>
							{SCALE.map((n) => (
								<option key={n} value={n}>
									{t(`workbench.scale.${SCALE_WORD[n]}`)}
								</option>
							))}
						</select>
					</Field>
					<Field id="person-haltung" label={t('workbench.map.attitude')}>
						<select
							id="person-haltung"
							className={controlClass}
							value={person.attitude}
							onChange={(e) => setPerson({ ...person, attitude: e.target.value as Attitude })}
						>
							{ATTITUDES.map((a) => (
								<option key={a} value={a}>
									{t(`workbench.attitude.${a}`)}
								</option>
							))}
						</select>
					</Field>
					<Field id="person-gremium" label={t('workbench.map.inCommittee')}>
						<select
							id="person-gremium"
							className={controlClass}
							value={person.committee}
							onChange={(e) => setPerson({ ...person, committee: e.target.value })}
						>
							<option value="">{t('workbench.map.noCommittee')}</option>
							{customer.committees.map((c) => (
								<option key={c.id} value={c.id}>
									{c.name}
								</option>
							))}
						</select>
					</Field>
					<label className="flex min-h-11 items-center gap-3">
						<input
							type="checkbox"
							className="h-5 w-5"
							checked={person.relevantNow}
							onChange={(e) => setPerson({ ...person, relevantNow: e.target.checked })}
						/>
						{t('workbench.map.relevantNow')}
					</label>
				</MiniForm>

				<MiniForm title={t('workbench.map.addContact')} id="kontakt-neu" onSubmit={addContact}>
					<Field id="kontakt-name" label={t('workbench.map.contactName')}>
						<input
							id="kontakt-name"
							className={controlClass}
							maxLength={80}
							autoComplete="off"
							value={contact.name}
							onChange={(e) => setContact({ ...contact, name: e.target.value })}
						/>
					</Field>
					<Field id="kontakt-funktion" label={t('workbench.map.contactFunction')}>
						<input
							id="kontakt-funktion"
							className={controlClass}
							maxLength={80}
							autoComplete="off"
							value={contact.function}
							onChange={(e) => setContact({ ...contact, function: e.target.value })}
						/>
					</Field>
				</MiniForm>

				<MiniForm title={t('workbench.map.addLink')} id="verbindung-neu" onSubmit={addLink}>
					<Field id="verbindung-kontakt" label={t('workbench.map.linkContact')}>
						<select
							id="verbindung-kontakt"
							className={controlClass}
							value={link.contactId}
							onChange={(e) => setLink({ ...link, contactId: e.target.value })}
						>
							<option value="">{t('workbench.map.choose')}</option>
							{customer.ourContacts.map((c) => (
								<option key={c.id} value={c.id}>
									{c.name}
								</option>
							))}
						</select>
					</Field>
					<Field id="verbindung-person" label={t('workbench.map.linkPerson')}>
						<select
							id="verbindung-person"
							className={controlClass}
							value={link.personId}
							onChange={(e) => setLink({ ...link, personId: e.target.value })}
						>
							<option value="">{t('workbench.map.choose')}</option>
							{customer.people.map((p) => (
								<option key={p.id} value={p.id}>
									{p.name}
								</option>
							))}
						</select>
					</Field>
					<Field id="verbindung-staerke" label={t('workbench.map.strength')}>
						<select
							id="verbindung-staerke"
							className={controlClass}
							value={link.strength}
							onChange={(e) => setLink({ ...link, strength: Number(e.target.value) })}
						>
							{SCALE.map((n) => (
								<option key={n} value={n}>
									{t(`workbench.strength.${SCALE_WORD[n]}`)}
								</option>
							))}
						</select>
					</Field>
				</MiniForm>
			</div>

			{customer.people.length > 0 && <MapDrawing customer={customer} />}

			<section aria-labelledby="landkarte-liste">
				<h3 id="landkarte-liste" className="font-serif text-xl">
					{t('workbench.map.listTitle')}
				</h3>
				{customer.people.length === 0 ? (
					<p className="mt-2">{t('workbench.map.empty')}</p>
				) : (
					<ul className="mt-2 grid gap-2" data-map-list>
						{customer.people.map((p) => {
							const links = customer.links.filter((l) => l.personId === p.id);
							return (
								<li key={p.id} className="card" data-person={p.id}>
									<p className="font-semibold">
										{p.name}
										{p.function && <span className="font-normal"> – {p.function}</span>}
									</p>
									<p className="text-sm">
										{t('workbench.map.personLine', {
											role: t(`workbench.role.${p.buyingRole}`),
											influence: p.influence,
											attitude: t(`workbench.attitude.${p.attitude}`),
											committees:
												p.committees
													.map((id) => customer.committees.find((c) => c.id === id)?.name)
													.filter(Boolean)
													.join(', ') || t('workbench.map.noCommittee'),
											now: p.relevantNow ? t('workbench.map.nowYes') : t('workbench.map.nowNo'),
										})}
									</p>
									<p className="text-sm">
										{links.length === 0
											? t('workbench.map.noContacts')
											: t('workbench.map.contacts', {
													list: links
														.map((l) =>
															t('workbench.map.contactWithStrength', {
																name: contactName(l.contactId),
																strength: l.strength,
															}),
														)
														.join(', '),
												})}
									</p>
									<button
										type="button"
										className="no-print mt-1 min-h-11 rounded-md border border-line px-3"
										onClick={() => removePerson(p.id)}
									>
										{t('workbench.map.remove', { name: p.name })}
									</button>
								</li>
							);
						})}
					</ul>
				)}
				{customer.ourContacts.length > 0 && (
					<>
						<h4 className="mt-4 font-semibold">{t('workbench.map.ourContacts')}</h4>
						<ul className="mt-1 list-disc pl-6">
							{customer.ourContacts.map((c) => (
								<li key={c.id}>
									{c.name}
									{c.function && ` – ${c.function}`}{' '}
									<button
										type="button"
										className="no-print min-h-11 px-2 underline"
										onClick={() => removeContact(c.id)}
									>
										{t('workbench.map.remove', { name: c.name })}
									</button>
								</li>
							))}
						</ul>
					</>
				)}
				{customer.committees.length > 0 && (
					<>
						<h4 className="mt-4 font-semibold">{t('workbench.map.committees')}</h4>
						<ul className="mt-1 list-disc pl-6">
							{customer.committees.map((c) => (
								<li key={c.id}>
									{c.name} ({t(`workbench.map.kind.${c.kind}`)}){' '}
									<button
										type="button"
										className="no-print min-h-11 px-2 underline"
										onClick={() => removeCommittee(c.id)}
									>
										{t('workbench.map.remove', { name: c.name })}
									</button>
								</li>
							))}
						</ul>
					</>
				)}
			</section>

			<section aria-labelledby="landkarte-luecken" className="card">
				<h3 id="landkarte-luecken" className="font-serif text-xl">
					{t('workbench.map.gapsTitle')}
				</h3>
				{gaps.length === 0 ? (
					<p className="mt-2">{t('workbench.map.noGaps')}</p>
				) : (
					<ul className="mt-2 list-disc pl-6" data-gaps>
						{gaps.map((gap, index) => (
							<li key={index} data-gap={gap.kind}>
								{describeGap(gap)}
							</li>
						))}
					</ul>
				)}
			</section>
		</div>
	);
}

/** The customer without the store's stamp, ready to be changed and saved. */
export function strip(customer: WorkbenchCustomer) {
	const { updatedAt: _updatedAt, ...rest } = customer;
	return rest;
}

function MiniForm({
	title,
	id,
	onSubmit,
	children,
}: {
	title: string;
	id: string;
	onSubmit: (event: FormEvent) => void;
	children: ReactNode;
}) {
	return (
		<form
			className="card grid content-start gap-3"
			aria-labelledby={id}
			onSubmit={onSubmit}
			noValidate
		>
			<h3 id={id} className="font-semibold">
				{title}
			</h3>
			{children}
			<p>
				<button type="submit" className="button">
					{title}
				</button>
			</p>
		</form>
	);
}

function Field({
	id,
	label,
	hint,
	children,
}: {
	id: string;
	label: string;
	hint?: string;
	children: ReactNode;
}) {
	return (
		<div>
			<label htmlFor={id} className="block font-semibold">
				{label}
			</label>
			{children}
			{hint && <p className="mt-1 text-sm">{hint}</p>}
		</div>
	);
}
