import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../../src/schemas';

const band = (min: number, max: number) => ({
	min,
	max,
	label: `${min}–${max}`,
	interpretation: 'So.',
	advice: 'Tun.',
});
const assessment = (bands = [band(1, 3), band(3, 5)], extra: Record<string, unknown> = {}) => ({
	title: 'Test',
	description: 'Beschreibung',
	scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'] },
	dimensions: [
		{
			id: 'vertrauen',
			title: 'Vertrauen',
			description: 'D',
			items: [{ id: 'v1', text: 'Ich …' }],
			bands,
		},
	],
	...extra,
});
const messages = (input: unknown) => {
	const result = AssessmentSchema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('AssessmentSchema', () => {
	it('accepts contiguous bands that cover the scale', () => {
		expect(messages(assessment())).toEqual([]);
	});

	it('names the band that leaves a gap', () => {
		expect(messages(assessment([band(1, 2), band(3, 5)]))).toEqual([
			'dimensions.0.bands.1.min: Lücke oder Überlappung: erwartet "min: 2".',
		]);
	});

	it('requires the bands to reach both ends of the scale', () => {
		expect(messages(assessment([band(2, 4)]))).toEqual([
			'dimensions.0.bands.0.min: Das erste Band muss bei 1 (Skalenminimum) beginnen.',
			'dimensions.0.bands.0.max: Das letzte Band muss bei 5 (Skalenmaximum) enden.',
		]);
	});

	it('requires one label per scale point', () => {
		const input = assessment(undefined, { scale: { min: 1, max: 5, labels: ['a', 'b'] } });
		expect(messages(input)).toContain(
			'scale.labels: Erwartet 5 Beschriftungen (eine je Skalenpunkt).',
		);
	});

	it('defaults reverse to false', () => {
		const parsed = AssessmentSchema.parse(assessment());
		expect(parsed.dimensions[0]?.items[0]?.reverse).toBe(false);
	});
});
