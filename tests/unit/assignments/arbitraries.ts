import fc from 'fast-check';
import type { Assignment } from '../../../src/schemas/stored/assignment';
import { isReservedKey } from '../../../src/schemas/reserved-keys';

/** fast-check generators for valid assignments: any Unicode text the schema allows, every optional field on or off. */
const CONTROL_OR_HTML =
	/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|<\s*\/?\s*[a-z!?]/i;
const plain = (max: number, { multiline = false } = {}) =>
	fc
		.string({ unit: 'grapheme', minLength: 1, maxLength: max })
		.map((text) => (multiline ? text : text.replace(/\n/g, ' ')))
		.filter(
			(text) =>
				text.length <= max &&
				text.trim().length > 0 &&
				!CONTROL_OR_HTML.test(multiline ? text.replace(/\n/g, '') : text),
		);

export const day = fc
	.date({
		min: new Date('2020-01-01T00:00:00Z'),
		max: new Date('2035-12-31T00:00:00Z'),
		noInvalidDate: true,
	})
	.map((d) => d.toISOString().slice(0, 10));
export const contentId = fc
	.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/)
	.filter((id) => !isReservedKey(id));

export const assignment: fc.Arbitrary<Assignment> = fc.record(
	{
		id: fc.stringMatching(/^[a-z0-9]{8,32}$/).filter((id) => !isReservedKey(id)),
		issuedBy: plain(120),
		issuedAt: day,
		due: day,
		message: plain(1000, { multiline: true }),
		items: fc.uniqueArray(
			fc.record({ kind: fc.constantFrom('path' as const, 'module' as const), id: contentId }),
			{
				minLength: 1,
				maxLength: 30,
				selector: (item) => `${item.kind}:${item.id}`,
			},
		),
		assignee: fc.record(
			{
				name: plain(100),
				email: fc.emailAddress().filter((e) => e.length <= 254 && !/[<>()[\]\\,;:"]/.test(e)),
			},
			{ requiredKeys: ['name'] },
		),
	},
	{ requiredKeys: ['id', 'issuedBy', 'issuedAt', 'due', 'items', 'assignee'] },
);
