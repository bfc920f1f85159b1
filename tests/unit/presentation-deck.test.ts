import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	hashForSlide,
	initialDeck,
	pace,
	pressKey,
	slideFromHash,
} from '../../src/lib/presentation/deck';

const press = (keys: string[], total = 10) =>
	keys.reduce((state, key) => pressKey(state, key).state, initialDeck(total));

describe('presentation keys', () => {
	it('move with arrows, Space, PageUp/PageDown, Home and End, within bounds', () => {
		expect(press(['ArrowRight', ' ', 'PageDown']).index).toBe(3);
		expect(press(['End', 'ArrowRight']).index).toBe(9);
		expect(press(['ArrowLeft', 'PageUp']).index).toBe(0);
		expect(press(['End', 'Home']).index).toBe(0);
	});

	it('jump with a number then Enter', () => {
		expect(press(['7', 'Enter']).index).toBe(6);
		expect(press(['1', '2', 'Enter'], 20).index).toBe(11);
		expect(press(['9', '9', 'Enter']).index).toBe(9);
	});

	it('black the screen with B or . and open the overview with O or Esc', () => {
		expect(press(['b']).blackout).toBe(true);
		expect(press(['b', '.']).blackout).toBe(false);
		expect(press(['o']).overview).toBe(true);
		expect(press(['Escape', 'Escape']).overview).toBe(false);
		expect(press(['o', 'ArrowRight', 'Enter'])).toMatchObject({ index: 1, overview: false });
	});

	it('reveal answers per slide and ask for full screen as an effect', () => {
		expect(press(['ArrowRight', 'r']).revealed).toEqual([1]);
		expect(pressKey(initialDeck(3), 'f').effect).toBe('fullscreen');
		expect(pressKey(initialDeck(3), 'x').handled).toBe(false);
	});

	it('never leaves the deck, whatever is pressed', () => {
		const keys = fc.constantFrom(
			'ArrowRight',
			'ArrowLeft',
			' ',
			'PageUp',
			'PageDown',
			'Home',
			'End',
			'Enter',
			'0',
			'5',
			'9',
			'b',
			'o',
			'Escape',
			'r',
		);
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 40 }),
				fc.array(keys, { maxLength: 40 }),
				(total, sequence) => {
					const state = sequence.reduce((s, key) => pressKey(s, key).state, initialDeck(total));
					expect(state.index).toBeGreaterThanOrEqual(0);
					expect(state.index).toBeLessThan(total);
				},
			),
		);
	});
});

describe('addresses and pace', () => {
	it('reads and writes the slide in the address', () => {
		expect(hashForSlide(2)).toBe('#folie-3');
		expect(slideFromHash('#folie-3', 10)).toBe(2);
		expect(slideFromHash('#folie-300', 10)).toBe(9);
		expect(slideFromHash('#<script>', 10)).toBe(0);
	});

	it('tells whether the trainer is ahead, on track or behind', () => {
		expect(pace(5, 11, 15 * 60_000, 30)).toBe('on-track');
		expect(pace(2, 11, 25 * 60_000, 30)).toBe('behind');
		expect(pace(9, 11, 5 * 60_000, 30)).toBe('ahead');
	});
});
