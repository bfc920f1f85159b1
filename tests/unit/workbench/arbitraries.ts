import fc from 'fast-check';
import {
	ACTION_STATUS,
	ATTITUDES,
	BUYING_ROLES,
	CRITERIA,
	REVENUE_BANDS,
	type CriterionValues,
	type WorkbenchCustomer,
} from '../../../src/schemas/stored/workbench';
import { day } from '../assignments/arbitraries';
import { key, timestamp } from '../progress/arbitraries';

/**
 * fast-check generators for valid workbench customers: any Unicode text the schema allows, every
 * optional field on or off, and references that always resolve (people ↔ committees, links,
 * ratings, actions), so "valid in, valid out" can be checked on many shapes.
 */

const CONTROL_OR_HTML =
	/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|<\s*\/?\s*[a-z!?]/i;

export const plain = (max: number) =>
	fc
		.string({ unit: 'grapheme', minLength: 1, maxLength: max })
		.filter((text) => text.length <= max && text.trim().length > 0 && !CONTROL_OR_HTML.test(text));
const optionalPlain = (max: number) => fc.oneof(fc.constant(''), plain(max));

export const grade = fc.integer({ min: 1, max: 5 });
export const criterionValues: fc.Arbitrary<CriterionValues> = fc.record(
	Object.fromEntries(CRITERIA.map((id) => [id, grade])) as Record<
		keyof CriterionValues,
		fc.Arbitrary<number>
	>,
);

const ids = (maxLength: number) => fc.uniqueArray(key, { maxLength });

export const customer: fc.Arbitrary<WorkbenchCustomer> = fc
	.record({ committeeIds: ids(4), personIds: ids(6), contactIds: ids(4) })
	.chain(({ committeeIds, personIds, contactIds }) => {
		const pairs = personIds.flatMap((personId) =>
			contactIds.map((contactId) => ({ personId, contactId })),
		);
		const somePerson = personIds.length > 0 ? fc.constantFrom(...personIds) : fc.constant('');
		return fc.record(
			{
				updatedAt: timestamp,
				name: plain(80),
				segment: optionalPlain(60),
				revenueBand: fc.constantFrom(...REVENUE_BANDS),
				profitability: grade,
				futureChances: grade,
				example: fc.boolean(),
				people: fc.tuple(
					...personIds.map((id) =>
						fc.record({
							id: fc.constant(id),
							name: plain(80),
							function: optionalPlain(80),
							buyingRole: fc.constantFrom(...BUYING_ROLES),
							influence: grade,
							attitude: fc.constantFrom(...ATTITUDES),
							committees: fc.subarray(committeeIds),
							relevantNow: fc.boolean(),
						}),
					),
				),
				committees: fc.tuple(
					...committeeIds.map((id) =>
						fc.record({
							id: fc.constant(id),
							name: plain(80),
							kind: fc.constantFrom('gremium' as const, 'ablauf' as const),
						}),
					),
				),
				ourContacts: fc.tuple(
					...contactIds.map((id) =>
						fc.record({ id: fc.constant(id), name: plain(80), function: optionalPlain(80) }),
					),
				),
				links: fc
					.subarray(pairs)
					.chain((chosen) =>
						fc
							.array(grade, { minLength: chosen.length, maxLength: chosen.length })
							.map((strengths) => chosen.map((pair, i) => ({ ...pair, strength: strengths[i]! }))),
					),
				ratings:
					personIds.length === 0
						? fc.constant([])
						: fc
								.array(fc.record({ personId: somePerson, date: day, values: criterionValues }), {
									maxLength: 4,
								})
								.map((list) => list.map((rating, i) => ({ id: `r${i}`, ...rating }))),
				actions: fc
					.array(
						fc.record(
							{
								personId: somePerson,
								what: plain(200),
								who: plain(80),
								due: day,
								followUp: day,
								criterion: fc.constantFrom(...CRITERIA),
								status: fc.constantFrom(...ACTION_STATUS),
							},
							// personId sometimes absent; '' (no people to name) is dropped below.
							{ requiredKeys: ['what', 'who', 'due', 'followUp', 'criterion', 'status'] },
						),
						{ maxLength: 4 },
					)
					.map((list) =>
						list.map(({ personId, ...action }, i) => ({
							id: `a${i}`,
							...(personId ? { personId } : {}),
							...action,
						})),
					),
			},
			{
				requiredKeys: [
					'updatedAt',
					'name',
					'segment',
					'profitability',
					'futureChances',
					'people',
					'committees',
					'ourContacts',
					'links',
					'ratings',
					'actions',
				],
			},
		);
	});
