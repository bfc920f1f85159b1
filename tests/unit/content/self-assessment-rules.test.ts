import { describe, expect, it } from 'vitest';
import { bandFor, scoreAssessment } from '../../../src/lib/assessment/scoring';
import type { Assessment, Dimension } from '../../../src/schemas/assessment';
import { loadCourseFromDisk } from './load-content';

/**
 * Rules for the course's self-assessments, beyond what the schema checks:
 * - Answering the same scale point on every statement says nothing about the learner, so it must not earn
 *   the top band: neither the second-highest point ("trifft überwiegend zu") nor, where a dimension has
 *   reverse statements, the highest (answering "trifft voll zu" to everything, agreeing with whatever is asked).
 * - Every dimension has at least one reverse statement, so agreeing with everything cannot look like a strength.
 * - The network assessment's dimension on the reach of one's network names stakeholders beyond customers.
 * - Statements describe what I do, not what the counterpart feels, thinks or does.
 * Scores and bands come from the real scoring functions the site uses.
 */
const course = loadCourseFromDisk();

const cases = course.assessments.flatMap((assessment) =>
	assessment.data.dimensions.map(
		(dimension) =>
			[`${assessment.id} › ${dimension.id}`, assessment.id, assessment.data, dimension] as const,
	),
);

/** Every statement of the assessment answered with `value`. */
const answerAll = (assessment: Assessment, value: number) =>
	Object.fromEntries(assessment.dimensions.flatMap((d) => d.items.map((item) => [item.id, value])));

/** Score and band of `dimension` when every statement is answered with `value`. */
function uniformResult(assessment: Assessment, dimension: Dimension, value: number) {
	const score = scoreAssessment(assessment, answerAll(assessment, value))[dimension.id]!;
	return { score, band: bandFor(dimension, score), top: dimension.bands.at(-1)! };
}

const itemList = (items: Dimension['items']) =>
	items.map((item) => `${item.id}${item.reverse ? ' (reverse)' : ''}`).join(', ');

describe('self-assessment rules', () => {
	it('the course has self-assessments to check', () => {
		expect(cases.length).toBeGreaterThan(0);
	});

	describe.each(cases)('%s', (_, assessmentId, assessment, dimension) => {
		it('answering the second-highest scale point everywhere does not land in the top band', () => {
			const value = assessment.scale.max - 1;
			const { score, band, top } = uniformResult(assessment, dimension, value);
			expect(
				band,
				`${assessmentId} › ${dimension.id}: "${assessment.scale.labels.at(-2)}" (${value}) on every item [${itemList(dimension.items)}] scores ${score}, ` +
					`in the top band "${top.label}" (from ${top.min}); raise the band's "min" above ${score} or add reverse items`,
			).not.toBe(top);
		});

		it('answering the maximum everywhere does not land in the top band when the dimension has a reverse item', () => {
			if (!dimension.items.some((item) => item.reverse)) return; // the reverse-item rule below reports this dimension
			const value = assessment.scale.max;
			const { score, band, top } = uniformResult(assessment, dimension, value);
			expect(
				band,
				`${assessmentId} › ${dimension.id}: "${assessment.scale.labels.at(-1)}" (${value}) on every item [${itemList(dimension.items)}] scores ${score}, ` +
					`in the top band "${top.label}" (from ${top.min}); raise the band's "min" above ${score} or make more than a quarter of the items reverse`,
			).not.toBe(top);
		});

		it('has at least one reverse item', () => {
			expect(
				dimension.items.filter((item) => item.reverse).map((item) => item.id),
				`${assessmentId} › ${dimension.id} has no item with "reverse: true" among [${itemList(dimension.items)}]`,
			).not.toEqual([]);
		});

		it('every item is a first-person statement about my own behaviour, not about what the counterpart feels, thinks or does', () => {
			// Openings that hand the statement to the counterpart ("Ich habe den Eindruck, dass mein Gegenüber …").
			const counterpartsView =
				/^Ich (habe den Eindruck|erlebe, dass|werde von|erhalte von|erfahre von|spüre, dass)\b/;
			for (const item of dimension.items) {
				expect(
					item.text,
					`${assessmentId} › ${dimension.id} › ${item.id}: a statement starts with "Ich "`,
				).toMatch(/^Ich /);
				expect(
					item.text,
					`${assessmentId} › ${dimension.id} › ${item.id}: describes the counterpart's view or doing, not mine`,
				).not.toMatch(counterpartsView);
			}
		});
	});

	describe('the network assessment', () => {
		const network = course.assessments.find((a) => a.id === 'beziehungsnetz');
		// Stakeholders beyond customers: colleagues and other departments at home, suppliers, partners, associations, authorities.
		const beyondCustomers = [
			/Kolleg/,
			/Abteilung/,
			/Lieferant/,
			/Zulieferer/,
			/\bPartner/,
			/[Vv]erb[aä]nd/,
			/Planungsbür/,
			/Behörde/,
			/Dienstleister/,
		];

		it('has a dimension on the reach of the network', () => {
			expect(network, 'content/assessments/beziehungsnetz.yaml is missing').toBeDefined();
			expect(
				network!.data.dimensions.map((d) => d.id),
				'beziehungsnetz has no dimension "reichweite"',
			).toContain('reichweite');
		});

		it('asks, in the reach dimension, about stakeholders beyond customers', () => {
			const reach = network?.data.dimensions.find((d) => d.id === 'reichweite');
			const naming = (reach?.items ?? []).filter((item) =>
				beyondCustomers.some((word) => word.test(item.text)),
			);
			expect(
				naming.map((item) => item.id),
				`beziehungsnetz › reichweite: no item names stakeholders beyond customers (${beyondCustomers.map((w) => w.source).join(', ')}); items: ` +
					(reach?.items ?? []).map((item) => `${item.id}: "${item.text}"`).join('; '),
			).not.toEqual([]);
		});
	});
});
