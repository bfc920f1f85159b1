import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	bandFor,
	compareScores,
	dimensionScore,
	scoreAssessment,
} from '../../src/lib/assessment/scoring';

const scale = { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'] };
const band = (min: number, max: number, label: string) => ({
	min,
	max,
	label,
	interpretation: '',
	advice: '',
});
const dimension = {
	id: 'vertrauen',
	title: 'Vertrauen',
	description: '',
	items: [
		{ id: 'a', text: '', reverse: false },
		{ id: 'b', text: '', reverse: true },
	],
	bands: [band(1, 2.5, 'niedrig'), band(2.5, 3.75, 'mittel'), band(3.75, 5, 'hoch')],
};

describe('self-assessment scoring', () => {
	it('mirrors reverse items and averages', () => {
		expect(dimensionScore(dimension, scale, { a: 5, b: 2 })).toBe(4.5); // b: 1 + 5 - 2 = 4
	});

	it('leaves a dimension out until all its items are answered', () => {
		expect(scoreAssessment({ dimensions: [dimension], scale }, { a: 5 })).toEqual({});
	});

	it('finds the band, the maximum belonging to the last one', () => {
		expect(bandFor(dimension, 1).label).toBe('niedrig');
		expect(bandFor(dimension, 2.5).label).toBe('mittel');
		expect(bandFor(dimension, 5).label).toBe('hoch');
	});

	it('every possible score falls into exactly the band whose range holds it', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (a, b) => {
				const score = dimensionScore(dimension, scale, { a, b })!;
				const found = bandFor(dimension, score);
				expect(score >= found.min && score <= found.max).toBe(true);
			}),
		);
	});

	it('says what rose and what fell', () => {
		expect(
			compareScores({ vertrauen: 3, kompetenz: 4 }, { vertrauen: 3.5, kompetenz: 3.98, neu: 2 }),
		).toEqual({
			vertrauen: { delta: 0.5, trend: 'rose' },
			kompetenz: { delta: -0.02, trend: 'same' },
		});
	});
});
