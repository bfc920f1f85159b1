/** The presenter view: previews of the current and next slide, the slide's notes, time and pace. */
import { pace } from '../../lib/presentation/deck';
import { createDeck, fill, fitSlide, slideElement } from './deck-runtime';

const twoDigits = (n: number) => String(n).padStart(2, '0');

export function startPresenter(): void {
	const root = document.querySelector<HTMLElement>('[data-presenter]');
	const deck = root && createDeck(root.dataset.module ?? '');
	if (!root || !deck) return;
	const data = root.dataset;
	const label = (current: number, total: number) => fill(data.slideOf ?? '', { current, total });
	const total = deck.slides.length;

	// Notes leave the slides: they belong in the notes panel only.
	const notesBySlide = deck.slides.map((group) =>
		group.elements.flatMap((element) => {
			const notes = element.matches('[data-trainer-note]')
				? [element]
				: Array.from(element.querySelectorAll('[data-trainer-note]'));
			for (const note of notes) note.remove();
			return notes;
		}),
	);
	for (const group of deck.slides)
		group.elements = group.elements.filter(
			(element) => element.isConnected || !element.matches('[data-trainer-note]'),
		);

	const current = root.querySelector<HTMLElement>('[data-current]')!;
	const next = root.querySelector<HTMLElement>('[data-next]')!;
	const notesBox = root.querySelector<HTMLElement>('[data-notes]')!;
	const counter = root.querySelector<HTMLElement>('[data-counter]')!;
	const revealButton = root.querySelector<HTMLButtonElement>('[data-action="reveal"]')!;
	const blackoutButton = root.querySelector<HTMLButtonElement>('[data-action="blackout"]')!;

	const showPreview = (box: HTMLElement, index: number) => {
		box.replaceChildren();
		const group = deck.slides[index];
		if (!group) {
			const end = document.createElement('p');
			end.className = 'preview-end';
			end.textContent = data.end ?? '';
			box.append(end);
			return;
		}
		const slide = slideElement(group, index, total, label, true);
		slide.setAttribute('aria-hidden', 'true'); // a preview: the counter and notes carry the information
		for (const answer of slide.querySelectorAll<HTMLElement>('[data-answer]'))
			answer.hidden = false;
		box.append(slide);
		fitSlide(slide);
	};

	const render = () => {
		const state = deck.getState();
		showPreview(current, state.index);
		showPreview(next, state.index + 1);
		counter.textContent = label(state.index + 1, total);
		notesBox.replaceChildren();
		const notes = notesBySlide[state.index] ?? [];
		if (notes.length === 0) {
			const none = document.createElement('p');
			none.textContent = data.noNotes ?? '';
			notesBox.append(none);
		}
		for (const note of notes) {
			const copy = note.cloneNode(true) as HTMLElement;
			copy.hidden = false;
			notesBox.append(copy);
		}
		revealButton.hidden = deck.slides[state.index]?.kind !== 'question';
		blackoutButton.setAttribute('aria-pressed', String(state.blackout));
		updatePace();
	};

	// Time: runs from "start", can pause; the pace compares slides shown with time used.
	const elapsedBox = root.querySelector<HTMLTimeElement>('[data-elapsed]')!;
	const paceBox = root.querySelector<HTMLElement>('[data-pace]')!;
	const timerButton = root.querySelector<HTMLButtonElement>('[data-action="timer"]')!;
	let elapsedBefore = 0;
	let startedAt: number | undefined;
	const elapsed = () => elapsedBefore + (startedAt === undefined ? 0 : Date.now() - startedAt);
	const paceLabels = {
		ahead: data.paceAhead,
		'on-track': data.paceOnTrack,
		behind: data.paceBehind,
	};
	function updatePace() {
		const ms = elapsed();
		const seconds = Math.floor(ms / 1000);
		elapsedBox.textContent = `${twoDigits(Math.floor(seconds / 60))}:${twoDigits(seconds % 60)}`;
		elapsedBox.dateTime = `PT${seconds}S`;
		const text = paceLabels[pace(deck!.getState().index, total, ms, Number(data.planned))] ?? '';
		if (paceBox.textContent !== text) paceBox.textContent = text;
	}
	setInterval(updatePace, 1000);

	let notesSize = 1.25;
	const act: Record<string, () => void> = {
		previous: () =>
			deck.update({ ...deck.getState(), index: Math.max(0, deck.getState().index - 1) }),
		next: () =>
			deck.update({ ...deck.getState(), index: Math.min(total - 1, deck.getState().index + 1) }),
		reveal: () => {
			const state = deck.getState();
			const revealed = state.revealed.includes(state.index)
				? state.revealed.filter((i) => i !== state.index)
				: [...state.revealed, state.index];
			deck.update({ ...state, revealed });
		},
		blackout: () => deck.update({ ...deck.getState(), blackout: !deck.getState().blackout }),
		timer: () => {
			if (startedAt === undefined) startedAt = Date.now();
			else {
				elapsedBefore += Date.now() - startedAt;
				startedAt = undefined;
			}
			timerButton.textContent = (startedAt === undefined ? data.start : data.pause) ?? '';
			updatePace();
		},
		'reset-timer': () => {
			elapsedBefore = 0;
			startedAt = startedAt === undefined ? undefined : Date.now();
			updatePace();
		},
		'font-smaller': () =>
			root.style.setProperty('--notes-size', `${(notesSize = Math.max(0.9, notesSize - 0.15))}rem`),
		'font-larger': () =>
			root.style.setProperty('--notes-size', `${(notesSize = Math.min(3, notesSize + 0.15))}rem`),
		audience: () =>
			window.open(`${data.audienceHref}${location.hash}`, `bzw-publikum-${data.module}`),
	};
	root
		.querySelectorAll<HTMLButtonElement>('[data-action]')
		.forEach((button) =>
			button.addEventListener('click', () => act[button.dataset.action ?? '']?.()),
		);
	deck.onChange(render);
	render();
}
