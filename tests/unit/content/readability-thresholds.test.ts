import { describe, expect, it } from 'vitest';
import { loadCourseFromDisk } from './load-content';
import { fleschAmstad, learnerText } from './readability';

/**
 * Every module reads at Flesch–Amstad 45 or more; the modules of the Technik & Innendienst path,
 * written for technicians and inside sales, at 50 or more (content/STYLE.md). Measured on the text
 * a learner reads: trainer notes, imports, tags, link targets and Markdown syntax left out.
 */
const course = loadCourseFromDisk();
const EVERY_MODULE = 45;
const TECHNIK_INNENDIENST = 50;
const technikPath = course.paths.find((path) => path.id === 'technik-innendienst');

describe('readability', () => {
	it('finds the Technik & Innendienst path', () => {
		expect(technikPath?.data.modules.length).toBeGreaterThan(0);
	});

	it.each(course.modules.map((module) => [module.id, module.body] as const))(
		'%s reads at its path’s level',
		(id, body) => {
			const needed = technikPath?.data.modules.includes(id) ? TECHNIK_INNENDIENST : EVERY_MODULE;
			const { score, words, sentences } = fleschAmstad(learnerText(body));
			expect(
				score,
				`${id}: Flesch–Amstad ${score} (${words} words in ${sentences} sentences), needs ${needed}`,
			).toBeGreaterThanOrEqual(needed);
		},
	);
});
