/**
 * The state of a running presentation and how keys change it. Pure: the page scripts render the
 * state and perform effects (full screen, broadcasting to the other window).
 */
export interface DeckState {
	index: number;
	total: number;
	blackout: boolean;
	overview: boolean;
	/** Slides whose answer the trainer revealed. */
	revealed: number[];
	/** Digits typed so far for "number then Enter". */
	typed: string;
}

export type DeckEffect = 'fullscreen' | undefined;

export const initialDeck = (total: number, index = 0): DeckState => ({
	index: clamp(index, total),
	total,
	blackout: false,
	overview: false,
	revealed: [],
	typed: '',
});

function clamp(index: number, total: number): number {
	return Math.min(
		Math.max(0, Math.trunc(Number.isFinite(index) ? index : 0)),
		Math.max(0, total - 1),
	);
}

export function goTo(state: DeckState, index: number): DeckState {
	return { ...state, index: clamp(index, state.total), typed: '' };
}

export function toggleReveal(state: DeckState, index = state.index): DeckState {
	const revealed = state.revealed.includes(index)
		? state.revealed.filter((i) => i !== index)
		: [...state.revealed, index].sort((a, b) => a - b);
	return { ...state, revealed };
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p']);

/** Applies a key press; returns the new state and an effect the page must perform, if any. */
export function pressKey(
	state: DeckState,
	key: string,
): { state: DeckState; effect?: DeckEffect; handled: boolean } {
	if (/^[0-9]$/.test(key))
		return { state: { ...state, typed: (state.typed + key).slice(-4) }, handled: true };
	if (key === 'Enter') {
		if (state.typed)
			return { state: { ...goTo(state, Number(state.typed) - 1), overview: false }, handled: true };
		return { state: { ...state, overview: false }, handled: state.overview };
	}
	const next = { ...state, typed: '' };
	if (NEXT.has(key)) return { state: goTo(next, state.index + 1), handled: true };
	if (PREVIOUS.has(key)) return { state: goTo(next, state.index - 1), handled: true };
	if (key === 'Home') return { state: goTo(next, 0), handled: true };
	if (key === 'End') return { state: goTo(next, state.total - 1), handled: true };
	const lower = key.toLowerCase();
	if (lower === 'b' || key === '.')
		return { state: { ...next, blackout: !state.blackout }, handled: true };
	if (lower === 'o') return { state: { ...next, overview: !state.overview }, handled: true };
	if (key === 'Escape') return { state: { ...next, overview: !state.overview }, handled: true };
	if (lower === 'r') return { state: toggleReveal(next), handled: true };
	if (lower === 'f') return { state: next, effect: 'fullscreen', handled: true };
	return { state, handled: false };
}

/** The slide named by an address fragment like `#folie-3` (1-based), or 0. */
export function slideFromHash(hash: string, total: number): number {
	const match = /^#folie-(\d{1,4})$/.exec(hash);
	return match ? clamp(Number(match[1]) - 1, total) : 0;
}

export const hashForSlide = (index: number) => `#folie-${index + 1}`;

/** Where the trainer stands against the plan: compares the share of slides shown with the share of time used. */
export function pace(
	index: number,
	total: number,
	elapsedMs: number,
	plannedMinutes: number,
): 'ahead' | 'on-track' | 'behind' {
	if (total <= 1 || plannedMinutes <= 0) return 'on-track';
	const done = index / (total - 1);
	const time = elapsedMs / (plannedMinutes * 60_000);
	if (done - time > 0.1) return 'ahead';
	if (time - done > 0.1) return 'behind';
	return 'on-track';
}
