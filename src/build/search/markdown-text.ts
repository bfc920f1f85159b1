import { markdownToMdast, mdxToMdast } from 'satteri';

/**
 * Plain text of Markdown and MDX as a reader sees it, cut at headings, for the search index.
 * Parsed with Sätteri, the same parser that renders the pages, so what counts as a heading or a
 * paragraph here is what the page shows.
 */

/** A heading and the text up to the next heading. */
export interface TextSection {
	depth: number;
	heading: string;
	text: string;
}

export interface SectionedText {
	/** Text before the first heading. */
	intro: string;
	/** Every heading in document order, each with the text up to the next heading of any level. */
	sections: TextSection[];
}

/** The shape of the mdast nodes read here (a structural subset of satteri's node types). */
interface Node {
	type: string;
	value?: string;
	depth?: number;
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

/** Author components whose output is not prose: indexed separately (self-assessments) or not at all. */
const SKIPPED_COMPONENTS = new Set(['Quiz', 'SelfAssessment']);
/** Nodes that end a line of text; their texts are joined with a space so words never run together. */
const BLOCKS = new Set([
	'paragraph',
	'heading',
	'listItem',
	'tableCell',
	'blockquote',
	'code',
	'mdxJsxFlowElement',
]);

function textOf(node: Node): string {
	if (
		node.type === 'mdxjsEsm' ||
		node.type === 'mdxFlowExpression' ||
		node.type === 'mdxTextExpression' ||
		node.type === 'yaml'
	)
		return '';
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
		if (node.name && SKIPPED_COMPONENTS.has(node.name)) return '';
		// <Example title="…"> shows its title above the text.
		const title = node.attributes?.find((attribute) => attribute.name === 'title')?.value;
		const inner = (node.children ?? [])
			.map(textOf)
			.join(node.type === 'mdxJsxFlowElement' ? ' ' : '');
		return typeof title === 'string' ? `${title} ${inner}` : inner;
	}
	if (
		typeof node.value === 'string' &&
		(node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
	)
		return node.value;
	const children = node.children ?? [];
	return children
		.map((child) => (BLOCKS.has(child.type) ? ` ${textOf(child)} ` : textOf(child)))
		.join('');
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Walks the tree in document order, calling `onHeading` and `onText` (text outside headings). */
function walk(
	node: Node,
	onHeading: (depth: number, text: string) => void,
	onText: (text: string) => void,
): void {
	for (const child of node.children ?? []) {
		if (child.type === 'heading') onHeading(child.depth ?? 2, tidy(textOf(child)));
		else if (
			child.type === 'mdxJsxFlowElement' &&
			!SKIPPED_COMPONENTS.has(child.name ?? '') &&
			(child.children ?? []).some((c) => c.type === 'heading')
		) {
			// A component wrapping headings: its headings still cut sections, as they do on the page.
			const title = child.attributes?.find((attribute) => attribute.name === 'title')?.value;
			if (typeof title === 'string') onText(title);
			walk(child, onHeading, onText);
		} else onText(textOf(child));
	}
}

function sectioned(tree: Node): SectionedText {
	const intro: string[] = [];
	const sections: { depth: number; heading: string; parts: string[] }[] = [];
	walk(
		tree,
		(depth, heading) => sections.push({ depth, heading, parts: [] }),
		// Text belongs to the latest heading only: each heading is its own search document, and a
		// subsection's words are not repeated in its parent's.
		(text) => (sections.at(-1)?.parts ?? intro).push(text),
	);
	return {
		intro: tidy(intro.join(' ')),
		sections: sections.map(({ depth, heading, parts }) => ({
			depth,
			heading,
			text: tidy(parts.join(' ')),
		})),
	};
}

/** An MDX module body (without frontmatter) as sections. */
export function mdxSections(body: string): SectionedText {
	return sectioned(mdxToMdast(body, { position: false }) as Node);
}

/** A Markdown body (a glossary entry) as one plain text. */
export function markdownText(body: string): string {
	return tidy(textOf(markdownToMdast(body, { position: false }) as Node));
}
