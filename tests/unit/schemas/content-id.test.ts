import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ContentIdSchema as AuthoredContentId } from '../../../src/schemas/common';
import { ContentIdSchema as ArrivingContentId } from '../../../src/schemas/stored/content-id';

/** One rule for content ids (schemas/content-id-rule.ts), bound to Zod for the build and to Valibot for the browser. */
describe('content ids', () => {
	const agree = (id: string): void => {
		expect(v.is(ArrivingContentId, id), id).toBe(AuthoredContentId.safeParse(id).success);
	};

	it('the build and the browser accept and refuse the same ids', () => {
		for (const id of [
			'beziehungsqualitaet',
			'ziele-strategien',
			'a',
			'7',
			'a-',
			'-a',
			'a--b',
			'Diagnose',
			'ä',
			'constructor',
			'to-string',
			'x'.repeat(120),
			'x'.repeat(121),
			'',
		])
			agree(id);
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', 'z', '0', '-', 'Ä', '_', ' '), maxLength: 12 }),
				agree,
			),
		);
	});

	it('refuses what no content file could be called', () => {
		for (const id of ['a-', 'a--b', 'Diagnose', 'constructor', 'x'.repeat(121)])
			expect(v.is(ArrivingContentId, id)).toBe(false);
		expect(v.is(ArrivingContentId, 'ziele-strategien')).toBe(true);
	});
});
