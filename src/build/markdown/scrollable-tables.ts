import type { HastPluginDefinition } from 'satteri';

/**
 * Wraps every Markdown table in a focusable, labelled region, so a table wider than a phone
 * scrolls sideways and keyboard users can scroll it too (WCAG 2.1.1, axe `scrollable-region-focusable`).
 * A Sätteri hast plugin: a unified (rehype) plugin would switch MDX to the JS pipeline,
 * which measured twice as slow on the 500-module bench.
 */
export function scrollableTables(label: string): HastPluginDefinition {
	return {
		name: 'scrollable-tables',
		element: {
			filter: ['table'],
			visit(node, ctx) {
				ctx.wrapNode(node, {
					type: 'element',
					tagName: 'div',
					properties: {
						className: ['table-scroll'],
						tabIndex: 0,
						role: 'region',
						ariaLabel: label,
					},
					children: [],
				});
			},
		},
	};
}
