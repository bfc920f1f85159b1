import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeScrollableTables } from '../../src/lib/markdown/rehype-scrollable-tables';

const el = (tagName: string, children: Element[] = []): Element => ({ type: 'element', tagName, properties: {}, children });

describe('rehypeScrollableTables', () => {
	it('wraps nested tables in a focusable, labelled region and leaves other nodes alone', () => {
		const tree: Root = { type: 'root', children: [el('p'), el('section', [el('table')])] };
		rehypeScrollableTables({ label: 'Tabelle' })(tree);
		expect(tree.children[0]).toEqual(el('p'));
		const wrapper = (tree.children[1] as Element).children[0] as Element;
		expect(wrapper.tagName).toBe('div');
		expect(wrapper.properties).toEqual({ className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Tabelle' });
		expect((wrapper.children[0] as Element).tagName).toBe('table');
	});
});
