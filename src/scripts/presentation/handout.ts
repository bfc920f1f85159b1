/**
 * Handouts are what the presentation pages print: the audience screen prints the participants'
 * handout (every slide on its own page, with ruled space for notes), the presenter view prints the
 * trainer's copy (every slide with its trainer notes, then the module's running order). The screen
 * never changes: the handout's pages are built into a section that only the print stylesheet shows
 * (global.css), from a copy of the slide source taken before the deck takes the source apart. They
 * are built when the browser is idle, and at the latest when printing starts (the page's button,
 * Ctrl+P or the browser's menu).
 */
import { splitIntoSlides } from '../../client/presentation/split-slides';
import { fill, slideElement } from './deck-runtime';

/** Call before the deck is created: it keeps its own copy of the page's slide source. */
export function enableHandoutPrinting(): void {
	const handout = document.querySelector<HTMLElement>('[data-handout]');
	const source = document.querySelector<HTMLElement>('[data-deck-source]');
	if (!handout || !source) return;
	const copy = source.cloneNode(true) as HTMLElement;
	// The slides on screen keep their ids (headings are link targets); the printed copy needs none.
	for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
	let built = false;
	const build = () => {
		if (built) return;
		built = true;
		buildPages(handout, copy);
	};
	addEventListener('beforeprint', build);
	if ('requestIdleCallback' in window) requestIdleCallback(build, { timeout: 5000 });
	else setTimeout(build, 1000);
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-handout]')) {
		button.addEventListener('click', () => {
			build();
			window.print();
		});
	}
}

function buildPages(handout: HTMLElement, source: HTMLElement): void {
	const trainer = handout.dataset.trainer === 'true';
	const pages = handout.querySelector<HTMLElement>('[data-pages]')!;
	const groups = splitIntoSlides(source);
	const label = (current: number, total: number) =>
		fill(handout.dataset.slideOf ?? '', { current, total });
	groups.forEach((group, index) => {
		const notes = group.elements.flatMap((element) => {
			const found = element.matches('[data-trainer-note]')
				? [element]
				: Array.from(element.querySelectorAll('[data-trainer-note]'));
			for (const note of found) note.remove();
			return found;
		});
		group.elements = group.elements.filter((element) => !element.matches('[data-trainer-note]'));
		const page = document.createElement('section');
		page.className = 'handout-page p-4';
		page.setAttribute('aria-label', label(index + 1, groups.length));
		const frame = document.createElement('div');
		frame.className = 'preview';
		// On paper a slide grows with its content (global.css), so its type is never shrunk to fit.
		const slide = slideElement(group, index, groups.length, label);
		for (const answer of slide.querySelectorAll<HTMLElement>('[data-answer]'))
			answer.hidden = !trainer;
		frame.append(slide);
		const notesBox = document.createElement('div');
		notesBox.className = 'handout-notes';
		const heading = document.createElement('p');
		heading.className = 'font-semibold';
		heading.textContent = handout.dataset.notesLabel ?? '';
		notesBox.append(heading);
		if (trainer) {
			for (const note of notes) {
				(note as HTMLElement).hidden = false;
				notesBox.append(note);
			}
		} else {
			notesBox.classList.add('handout-lines');
		}
		page.append(frame, notesBox);
		pages.append(page);
	});
}
