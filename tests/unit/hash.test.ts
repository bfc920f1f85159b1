import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../src/lib/hash';

describe('fnv1a', () => {
	it('gives the values links and suspend data were written with (FNV-1a, 32 bit, UTF-16 units)', () => {
		// Reference values of FNV-1a 32: the empty text is the offset basis; "a" is 0xe40c292c.
		expect(fnv1a('')).toBe(0x811c9dc5);
		expect(fnv1a('a')).toBe(0xe40c292c);
		expect(fnv1a('foobar')).toBe(0xbf9cf968);
		// Umlauts are one code unit each, as they were one code point each in the former suspend-data hash.
		expect(fnv1a('beziehungsqualität')).toBe(
			[...'beziehungsqualität'].reduce(
				(h, c) => Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0,
				0x811c9dc5,
			),
		);
	});
});
