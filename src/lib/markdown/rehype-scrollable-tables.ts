import type { Element, Root, RootContent } from 'hast';

/**
 * Wraps every Markdown table in a focusable, labelled region so a table wider than a phone
 * scrolls sideways and keyboard users can scroll it too (WCAG 2.1.1, axe `scrollable-region-focusable`).
 */
export function rehypeScrollableTables(options: { label: string }) {
	return (tree: Root) => {
		const visit = (node: Root | Element) => {
			node.children = node.children.map((child): RootContent => {
				if (child.type !== 'element') return child;
				if (child.tagName === 'table') {
					return {
						type: 'element',
						tagName: 'div',
						properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: options.label },
						children: [child],
					};
				}
				visit(child);
				return child;
			});
		};
		visit(tree);
	};
}
