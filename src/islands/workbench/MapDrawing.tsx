import { t } from '../../i18n/client';
import { groupByCommittee } from '../../lib/workbench/relationship-map';
import type { WorkbenchCustomer } from '../../schemas/stored/workbench';

/**
 * The relationship map drawn: the customer's people as boxes grouped by committee (right), our
 * colleagues on the left, a line for each relationship whose width grows with its strength. It is
 * an image with a summary; the list view beside it holds every fact in text.
 */
const BOX_W = 170;
const BOX_H = 40;
const GAP = 12;
const GROUP_PAD = 26;
const LEFT_X = 10;
const RIGHT_X = 320;

export function MapDrawing({ customer }: { customer: WorkbenchCustomer }) {
	const groups = groupByCommittee(customer);
	// Right column: group headings and people; a person in two committees is drawn in each.
	const placed: { key: string; personId: string; y: number; name: string; dashed: boolean }[] = [];
	const headings: { y: number; label: string; height: number }[] = [];
	let y = 10;
	for (const group of groups) {
		const top = y;
		y += GROUP_PAD;
		for (const person of group.people) {
			placed.push({
				key: `${group.group === 'committee' ? group.committee.id : 'ohne'}-${person.id}`,
				personId: person.id,
				y,
				name: person.name,
				dashed: person.attitude === 'kritisch',
			});
			y += BOX_H + GAP;
		}
		headings.push({
			y: top,
			label: group.group === 'committee' ? group.committee.name : t('workbench.map.noGroup'),
			height: y - top,
		});
		y += GAP;
	}
	const contacts = customer.ourContacts.map((contact, index) => ({
		...contact,
		y: 10 + GROUP_PAD + index * (BOX_H + GAP),
	}));
	const height = Math.max(y, 10 + GROUP_PAD + contacts.length * (BOX_H + GAP)) + 10;
	const short = (text: string) => (text.length > 22 ? `${text.slice(0, 21)}…` : text);

	return (
		<figure className="relationship-map">
			<svg
				viewBox={`0 0 ${RIGHT_X + BOX_W + 20} ${height}`}
				className="w-full max-w-2xl"
				role="img"
				aria-label={t('workbench.map.drawingLabel', {
					people: customer.people.length,
					contacts: customer.ourContacts.length,
					links: customer.links.length,
				})}
			>
				<text x={LEFT_X} y={18} className="fill-current text-[12px] font-semibold">
					{t('workbench.map.ourSide')}
				</text>
				{headings.map((heading) => (
					<g key={`${heading.label}-${heading.y}`}>
						<rect
							x={RIGHT_X - 8}
							y={heading.y}
							width={BOX_W + 16}
							height={heading.height}
							rx={6}
							className="fill-none stroke-current"
							strokeDasharray="2 3"
						/>
						<text x={RIGHT_X} y={heading.y + 17} className="fill-current text-[12px] font-semibold">
							{short(heading.label)}
						</text>
					</g>
				))}
				{customer.links.map((link) =>
					placed
						.filter((p) => p.personId === link.personId)
						.map((p) => {
							const from = contacts.find((c) => c.id === link.contactId);
							if (!from) return null;
							return (
								<line
									key={`${link.contactId}-${p.key}`}
									x1={LEFT_X + BOX_W}
									y1={from.y + BOX_H / 2}
									x2={RIGHT_X}
									y2={p.y + BOX_H / 2}
									className="stroke-current"
									strokeWidth={link.strength * 1.2}
									strokeOpacity={0.75}
								/>
							);
						}),
				)}
				{contacts.map((contact) => (
					<g key={contact.id}>
						<rect
							x={LEFT_X}
							y={contact.y}
							width={BOX_W}
							height={BOX_H}
							rx={4}
							className="map-box"
						/>
						<text x={LEFT_X + 8} y={contact.y + 25} className="fill-current text-[12px]">
							{short(contact.name)}
						</text>
					</g>
				))}
				{placed.map((p) => (
					<g key={p.key}>
						<rect
							x={RIGHT_X}
							y={p.y}
							width={BOX_W}
							height={BOX_H}
							rx={4}
							className="map-box"
							strokeDasharray={p.dashed ? '5 3' : undefined}
						/>
						<text x={RIGHT_X + 8} y={p.y + 25} className="fill-current text-[12px]">
							{short(p.name)}
						</text>
					</g>
				))}
			</svg>
			<figcaption className="mt-1 text-sm">{t('workbench.map.legend')}</figcaption>
		</figure>
	);
}
