/**
 * Splits a module's rendered content into slides: a new slide at every `##` heading (unless the
 * author put `<NoSlideBreak />` right before it), at every `<SlideBreak />`, and one slide per
 * quiz question (and the title slide). Works on DOM elements, so the audience screen, the presenter view and the handouts they print share it.
 */
export interface SlideGroup {
	/** "title" and "question" slides are marked by the page with data-slide; the rest is content. */
	kind: string;
	elements: Element[];
}

export function splitIntoSlides(source: Element): SlideGroup[] {
	const slides: SlideGroup[] = [];
	let current: Element[] = [];
	let keepNextHeading = false;
	const flush = () => {
		if (current.length > 0) slides.push({ kind: 'content', elements: current });
		current = [];
	};
	for (const element of Array.from(source.children)) {
		if (element.hasAttribute('data-no-slide-break')) {
			keepNextHeading = true;
			continue;
		}
		if (element.hasAttribute('data-slide-break')) {
			flush();
			continue;
		}
		const kind = element.getAttribute('data-slide');
		if (kind) {
			flush();
			slides.push({ kind, elements: [element] });
			continue;
		}
		if (element.tagName === 'H2' && !keepNextHeading) flush();
		if (element.tagName === 'H2') keepNextHeading = false;
		current.push(element);
	}
	flush();
	return slides;
}
