/** The audience screen: one slide at a time, blackout, overview grid, answers revealed on cue. */
import { createDeck, fill, fitSlide, slideElement, toggleFullscreen } from './deck-runtime';

export function startAudienceDeck(): void {
	const root = document.querySelector<HTMLElement>('[data-deck]');
	const deck = root && createDeck(root.dataset.module ?? '');
	if (!root || !deck) return;
	const stage = root.querySelector<HTMLElement>('[data-stage]')!;
	const label = (current: number, total: number) =>
		fill(root.dataset.slideOf ?? '', { current, total });
	const slides = deck.slides.map((group, index) => {
		const slide = slideElement(group, index, deck.slides.length, label);
		slide.tabIndex = 0; // a slide too long for the screen scrolls, by keyboard too
		return slide;
	});
	stage.append(...slides);
	const overview = root.querySelector<HTMLElement>('[data-overview]')!;
	const overviewList = overview.querySelector('ol')!;
	deck.slides.forEach((group, index) => {
		const item = document.createElement('li');
		const button = document.createElement('button');
		button.type = 'button';
		const heading = group.elements
			.map((e) => (e.matches('h1, h2') ? e : e.querySelector('h1, h2')))
			.find(Boolean);
		button.textContent = `${index + 1}. ${heading?.textContent?.trim() ?? ''}`;
		button.addEventListener('click', () =>
			deck.update({ ...deck.getState(), index, overview: false }),
		);
		item.append(button);
		overviewList.append(item);
	});

	const counter = root.querySelector<HTMLElement>('[data-counter]')!;
	const revealButton = root.querySelector<HTMLButtonElement>('[data-action="reveal"]')!;
	let wasOverview = false;
	const render = () => {
		const state = deck.getState();
		slides.forEach((slide, index) => {
			slide.hidden = index !== state.index;
			for (const answer of slide.querySelectorAll<HTMLElement>('[data-answer]'))
				answer.hidden = !state.revealed.includes(index);
		});
		const current = slides[state.index]!;
		fitSlide(current);
		counter.textContent = label(state.index + 1, slides.length);
		root.querySelector<HTMLElement>('[data-blackout]')!.hidden = !state.blackout;
		revealButton.hidden = deck.slides[state.index]?.kind !== 'question';
		overview.hidden = !state.overview;
		overviewList.querySelectorAll('button').forEach((button, index) => {
			if (index === state.index) button.setAttribute('aria-current', 'true');
			else button.removeAttribute('aria-current');
		});
		if (state.overview && !wasOverview)
			overviewList.querySelectorAll('button')[state.index]?.focus();
		wasOverview = state.overview;
	};
	deck.onChange(render);
	render();
	addEventListener('resize', () => fitSlide(slides[deck.getState().index]!));

	const act: Record<string, () => void> = {
		previous: () =>
			deck.update({ ...deck.getState(), index: Math.max(0, deck.getState().index - 1) }),
		next: () =>
			deck.update({
				...deck.getState(),
				index: Math.min(slides.length - 1, deck.getState().index + 1),
			}),
		overview: () => deck.update({ ...deck.getState(), overview: !deck.getState().overview }),
		fullscreen: toggleFullscreen,
		reveal: () => {
			const state = deck.getState();
			const revealed = state.revealed.includes(state.index)
				? state.revealed.filter((i) => i !== state.index)
				: [...state.revealed, state.index];
			deck.update({ ...state, revealed });
		},
		presenter: () =>
			window.open(
				`${root.dataset.presenterHref}${location.hash}`,
				`bzw-referent-${root.dataset.module}`,
				'popup',
			),
	};
	root
		.querySelectorAll<HTMLButtonElement>('[data-action]')
		.forEach((button) =>
			button.addEventListener('click', () => act[button.dataset.action ?? '']?.()),
		);
}
