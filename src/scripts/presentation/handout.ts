/** Handouts: every slide on its own printed page, with lines for notes or with the slide's trainer notes. */
import { splitIntoSlides } from '../../lib/presentation/split-slides';
import { fill, fitSlide, slideElement } from './deck-runtime';

export function startHandout(): void {
	const root = document.querySelector<HTMLElement>('[data-handout]');
	const source = document.querySelector<HTMLElement>('[data-deck-source]');
	if (!root || !source) return;
	const pages = root.querySelector<HTMLElement>('[data-pages]')!;
	const groups = splitIntoSlides(source);
	const label = (current: number, total: number) => fill(root.dataset.slideOf ?? '', { current, total });
	groups.forEach((group, index) => {
		const notes = group.elements.flatMap((element) => {
			const found = element.matches('[data-trainer-note]') ? [element] : Array.from(element.querySelectorAll('[data-trainer-note]'));
			for (const note of found) note.remove();
			return found;
		});
		group.elements = group.elements.filter((element) => !element.matches('[data-trainer-note]'));
		const page = document.createElement('section');
		page.className = 'handout-page p-4';
		page.setAttribute('aria-label', label(index + 1, groups.length));
		const frame = document.createElement('div');
		frame.className = 'preview';
		const slide = slideElement(group, index, groups.length, label);
		for (const answer of slide.querySelectorAll<HTMLElement>('[data-answer]')) answer.hidden = root.dataset.trainer !== 'true';
		frame.append(slide);
		const notesBox = document.createElement('div');
		notesBox.className = 'handout-notes';
		const heading = document.createElement('p');
		heading.className = 'font-semibold';
		heading.textContent = root.dataset.notesLabel ?? '';
		notesBox.append(heading);
		if (root.dataset.trainer === 'true') {
			for (const note of notes) {
				(note as HTMLElement).hidden = false;
				notesBox.append(note);
			}
		} else {
			notesBox.classList.add('handout-lines');
		}
		page.append(frame, notesBox);
		pages.append(page);
		fitSlide(slide);
	});
	root.querySelector('[data-print]')?.addEventListener('click', () => window.print());
}
