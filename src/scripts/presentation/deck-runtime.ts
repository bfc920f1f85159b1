/**
 * What the audience screen and the presenter view share: the slides built from the page's source,
 * the deck state with its keys, touch swipes, the address (#folie-N) and the BroadcastChannel that
 * keeps both windows on the same slide, whichever of them moved.
 */
import {
	hashForSlide,
	initialDeck,
	pressKey,
	slideFromHash,
	type DeckState,
} from '../../lib/presentation/deck';
import { splitIntoSlides, type SlideGroup } from '../../client/presentation/split-slides';

export interface Deck {
	slides: SlideGroup[];
	getState(): DeckState;
	update(next: DeckState): void;
	onChange(listener: (state: DeckState) => void): void;
}

interface SyncMessage {
	index: number;
	blackout: boolean;
	revealed: number[];
}

export function createDeck(moduleId: string): Deck | undefined {
	const source = document.querySelector<HTMLElement>('[data-deck-source]');
	if (!source) return undefined;
	const slides = splitIntoSlides(source);
	let state = initialDeck(slides.length, slideFromHash(location.hash, slides.length));
	const listeners: ((state: DeckState) => void)[] = [];
	const channel =
		'BroadcastChannel' in window
			? new BroadcastChannel(`bzw-praesentation-${moduleId}`)
			: undefined;

	const apply = (next: DeckState, broadcast: boolean) => {
		const moved =
			next.index !== state.index ||
			next.blackout !== state.blackout ||
			next.revealed.join() !== state.revealed.join();
		state = next;
		if (location.hash !== hashForSlide(state.index))
			history.replaceState(null, '', hashForSlide(state.index));
		if (broadcast && moved)
			channel?.postMessage({
				index: state.index,
				blackout: state.blackout,
				revealed: state.revealed,
			} satisfies SyncMessage);
		for (const listener of listeners) listener(state);
	};

	channel?.addEventListener('message', (event: MessageEvent<SyncMessage>) => {
		const { index, blackout, revealed } = event.data ?? {};
		if (typeof index !== 'number' || typeof blackout !== 'boolean' || !Array.isArray(revealed))
			return; // only our own messages
		apply(
			{
				...state,
				index: Math.min(Math.max(0, index), slides.length - 1),
				blackout,
				revealed: revealed.filter((i) => Number.isInteger(i)),
			},
			false,
		);
	});
	window.addEventListener('hashchange', () =>
		apply({ ...state, index: slideFromHash(location.hash, slides.length) }, true),
	);

	document.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const target = event.target as HTMLElement;
		// Keys typed into fields, and Enter/Space on a button, belong to that control.
		if (target.closest('input, textarea, select')) return;
		if (target.closest('button, a') && (event.key === 'Enter' || event.key === ' ')) return;
		const result = pressKey(state, event.key);
		if (!result.handled) return;
		event.preventDefault();
		if (result.effect === 'fullscreen') toggleFullscreen();
		apply(result.state, true);
	});

	let touchStartX: number | undefined;
	document.addEventListener('touchstart', (event) => (touchStartX = event.touches[0]?.clientX), {
		passive: true,
	});
	document.addEventListener('touchend', (event) => {
		const endX = event.changedTouches[0]?.clientX;
		if (touchStartX === undefined || endX === undefined) return;
		const distance = endX - touchStartX;
		if (Math.abs(distance) > 50)
			apply(
				{
					...state,
					index: Math.min(Math.max(0, state.index + (distance < 0 ? 1 : -1)), slides.length - 1),
					typed: '',
				},
				true,
			);
		touchStartX = undefined;
	});

	return {
		slides,
		getState: () => state,
		update: (next) => apply(next, true),
		onChange: (listener) => listeners.push(listener),
	};
}

export function toggleFullscreen(): void {
	if (document.fullscreenElement) void document.exitFullscreen();
	else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** A slide as a labelled group: its elements moved (audience) or copied (previews) into it. */
export function slideElement(
	group: SlideGroup,
	index: number,
	total: number,
	label: (current: number, total: number) => string,
	copy = false,
): HTMLElement {
	const section = document.createElement('section');
	section.className = `slide slide-${group.kind}`;
	section.setAttribute(
		'aria-roledescription',
		document.querySelector<HTMLElement>('[data-deck]')?.dataset.slideLabel ?? 'Folie',
	);
	section.setAttribute('aria-label', label(index + 1, total));
	const inner = document.createElement('div');
	inner.className = 'slide-content';
	for (const element of group.elements) inner.append(copy ? element.cloneNode(true) : element);
	section.append(inner);
	return section;
}

/** Shrinks a slide's type until its content fits the 16:9 frame (down to 55 %, then it scrolls). */
export function fitSlide(slide: HTMLElement): void {
	const content = slide.querySelector<HTMLElement>('.slide-content');
	if (!content) return;
	let scale = 1;
	content.style.fontSize = '';
	while (content.scrollHeight > slide.clientHeight && scale > 0.55) {
		scale -= 0.05;
		content.style.fontSize = `${scale}em`;
	}
}

export { format as fill } from '../../i18n/format';
