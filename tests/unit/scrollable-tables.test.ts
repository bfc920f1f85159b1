import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { scrollableTables } from '../../src/build/markdown/scrollable-tables';

describe('scrollableTables', () => {
	it('wraps a table in a focusable, labelled region and leaves the rest alone', async () => {
		const markdown = 'Text davor.\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n';
		const { html } = await markdownToHtml(markdown, {
			hastPlugins: [scrollableTables('Tabelle')],
			features: { gfm: true },
		} as never);
		expect(html).toMatch(/^<p>Text davor\.<\/p>/);
		expect(html).toMatch(
			/<div class="table-scroll" tabindex="0" role="region" aria-label="Tabelle"><table>[\s\S]*<\/table><\/div>/,
		);
	});
});
