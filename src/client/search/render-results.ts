import type { SearchKind } from '../../schemas/search-index';
import type { SearchHit } from '../../lib/search/searcher.ts';
import type { TextPart } from '../../lib/search/snippet.ts';

/**
 * Builds the result list: one group per kind (in the order of each kind's best hit), options as
 * links with `role="option"` so a click, a middle click or Enter all open them. Every text goes in
 * as a text node; matched words are wrapped in <mark> elements, never via HTML strings.
 */

export interface RenderedOption {
	element: HTMLAnchorElement;
	hit: SearchHit;
	/** Where the snippet goes once its text has arrived. */
	snippet: HTMLElement;
}

/** Groups hits by kind, the kinds ordered by their best hit. */
export function groupByKind(hits: SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] {
	const groups = new Map<SearchKind, SearchHit[]>();
	for (const hit of hits) {
		const group = groups.get(hit.document.kind) ?? [];
		group.push(hit);
		groups.set(hit.document.kind, group);
	}
	return [...groups].map(([kind, grouped]) => ({ kind, hits: grouped }));
}

export function appendParts(parent: HTMLElement, parts: TextPart[]): void {
	parent.replaceChildren(
		...parts.map((part) => {
			if (!part.match) return document.createTextNode(part.text);
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			return mark;
		}),
	);
}

export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string>,
): HTMLElementTagNameMap[K] {
	const created = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
	return created;
}

export function renderResults(
	list: HTMLElement,
	hits: SearchHit[],
	idPrefix: string,
	kindLabels: Record<SearchKind, string>,
	highlightTitle: (text: string, hit: SearchHit) => TextPart[],
): RenderedOption[] {
	const options: RenderedOption[] = [];
	const groups = groupByKind(hits).map(({ kind, hits: grouped }) => {
		const labelId = `${idPrefix}-gruppe-${kind}`;
		const group = element('div', {
			role: 'group',
			'aria-labelledby': labelId,
			class: 'search-group',
		});
		const label = element('div', {
			role: 'presentation',
			id: labelId,
			class: 'eyebrow search-group-label',
		});
		label.textContent = kindLabels[kind];
		group.append(label);
		for (const hit of grouped) {
			const id = `${idPrefix}-treffer-${options.length}`;
			const option = element('a', {
				role: 'option',
				id,
				href: hit.document.href,
				tabindex: '-1',
				'aria-selected': 'false',
				'aria-labelledby': `${id}-titel`,
				'aria-describedby': `${id}-text`,
				class: 'search-option',
			});
			const title = element('span', { id: `${id}-titel`, class: 'search-option-title' });
			const heading = element('span', {});
			appendParts(heading, highlightTitle(hit.document.title, hit));
			title.append(heading);
			if (hit.document.section) {
				const section = element('span', { class: 'search-option-section' });
				appendParts(section, highlightTitle(hit.document.section, hit));
				title.append(document.createTextNode(' – '), section);
			}
			const snippet = element('span', { id: `${id}-text`, class: 'search-option-text' });
			option.append(title, snippet);
			group.append(option);
			options.push({ element: option, hit, snippet });
		}
		return group;
	});
	list.replaceChildren(...groups);
	return options;
}
