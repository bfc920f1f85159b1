import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedData } from '../../../src/islands/shared/embedded-data';

/** Island data goes into the page inside `<script type="application/json">`: it must never end that element early. */
describe('embedData', () => {
	it('writes no "<", so no text can close the data block or open a comment', () => {
		const hostile = {
			text: '</script><script>alert(1)</script>',
			comment: '<!-- x -->',
			nested: ['</SCRIPT >', '<\u0000/script'],
		};
		const written = embedData(hostile);
		expect(written).not.toContain('<');
		expect(JSON.parse(written)).toEqual(hostile);
	});

	it('round-trips any JSON value unchanged', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const written = embedData(value);
				expect(written).not.toMatch(/<\/script|<!--/i);
				expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(value)));
			}),
		);
	});
});
