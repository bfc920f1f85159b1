import { describe, expect, it } from 'vitest';
import { fleschAmstad, sentences, syllables } from './readability';

describe('Flesch–Amstad readability', () => {
	it.each([
		['Beziehung', 3],
		['Vertrauen', 3],
		['neue', 2],
		['Qualität', 3],
		['Kunde', 2],
		['Sympathie', 3],
		['Kompetenz', 3],
		['Gegenseitigkeit', 5],
		['BVG', 1],
	])('counts %s as %i syllables', (word, count) => {
		expect(syllables(word)).toBe(count);
	});

	it('ends sentences at . ! ? and at line breaks, not at abbreviations inside a line', () => {
		expect(sentences('Das ist gut. Ist es gut? Ja!\n- ein Punkt\n- noch einer')).toEqual([
			'Das ist gut.',
			'Ist es gut?',
			'Ja!',
			'- ein Punkt',
			'- noch einer',
		]);
	});

	it('scores by 180 − words per sentence − 58.5 × syllables per word', () => {
		// Der Kun-de ruft an und fragt nach Ter-mi-nen: 8 words, 1 sentence, 11 syllables.
		const result = fleschAmstad('Der Kunde ruft an und fragt nach Terminen.');
		expect(result).toMatchObject({ words: 8, sentences: 1, syllables: 11 });
		expect(result.score).toBeCloseTo(180 - 8 - 58.5 * (11 / 8), 1);
	});

	it('scores long words and long sentences lower', () => {
		const plain = fleschAmstad('Wir rufen an. Sie hört zu. Dann planen wir.');
		const dense = fleschAmstad(
			'Beziehungsmanagementverantwortliche berücksichtigen Entscheidungsnetzwerke, Beschaffungsgremien und Genehmigungsverfahren gleichermaßen.',
		);
		expect(plain.score).toBeGreaterThan(60);
		expect(dense.score).toBeLessThan(0);
	});
});
