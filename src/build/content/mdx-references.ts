/**
 * Finds the references an MDX body makes through author components, so the build can check them
 * before rendering: `<Quiz id="…">`, `<SelfAssessment id="…">`, `<Term id="…">`.
 */
export type ReferenceComponent = 'Quiz' | 'SelfAssessment' | 'Term';

export interface MdxReference {
	component: ReferenceComponent;
	id: string;
	/** 1-based line in the body, for error messages. */
	line: number;
}

const COMPONENT_TAG = /<(Quiz|SelfAssessment|Term)\b([^>]*)>/g;
const ID_ATTRIBUTE = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/;

export function findMdxReferences(body: string): MdxReference[] {
	const references: MdxReference[] = [];
	for (const match of body.matchAll(COMPONENT_TAG)) {
		const [, component, attributes = ''] = match;
		const idMatch = ID_ATTRIBUTE.exec(attributes);
		const id = idMatch ? (idMatch[1] ?? idMatch[2] ?? idMatch[3] ?? '') : '';
		const line = body.slice(0, match.index).split('\n').length;
		references.push({ component: component as ReferenceComponent, id, line });
	}
	return references;
}
