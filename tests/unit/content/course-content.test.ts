import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCourseIntegrity } from '../../../src/build/content/integrity';
import { findMdxReferences } from '../../../src/build/content/mdx-references';
import { validateScenario } from '../../../src/lib/roleplay/validate-scenario';
import { BUILDING_BLOCKS, OUTCOMES } from '../../../src/schemas';
import { bodyWords, contentRoot, loadCourseFromDisk, projectRoot } from './load-content';
import { seedFingerprints, sharedRuns } from './seed-overlap';

/** The editorial rules of the course (issue 3), checked on the real content. */
const course = loadCourseFromDisk();
const moduleIds = course.modules.map((m) => m.id);

describe('the course as a whole', () => {
	it('passes the schemas and has no broken cross-reference', () => {
		expect(checkCourseIntegrity(course)).toEqual([]);
	});

	it('covers every building block with at least one module, in course order', () => {
		const blocksInOrder = [...course.modules]
			.sort((a, b) => a.data.order - b.data.order)
			.map((m) => m.data.block);
		expect(new Set(blocksInOrder)).toEqual(new Set(BUILDING_BLOCKS));
		expect(blocksInOrder).toEqual(
			[...blocksInOrder].sort((a, b) => BUILDING_BLOCKS.indexOf(a) - BUILDING_BLOCKS.indexOf(b)),
		);
	});

	it('reaches every module from at least one learning path', () => {
		const reachable = new Set(course.paths.flatMap((p) => p.data.modules));
		expect(moduleIds.filter((id) => !reachable.has(id))).toEqual([]);
	});

	it('has a foundation path with every module in course order', () => {
		const ordered = [...course.modules]
			.sort((a, b) => a.data.order - b.data.order)
			.map((m) => m.id);
		expect(
			course.paths.some((p) => JSON.stringify(p.data.modules) === JSON.stringify(ordered)),
		).toBe(true);
	});

	it('has a glossary of at least 30 terms, each linked from a module', () => {
		expect(course.glossary.length).toBeGreaterThanOrEqual(30);
		const linked = new Set(
			course.modules.flatMap((m) =>
				findMdxReferences(m.body)
					.filter((r) => r.component === 'Term')
					.map((r) => r.id),
			),
		);
		expect(course.glossary.map((g) => g.id).filter((id) => !linked.has(id))).toEqual([]);
	});

	it('shares no run of 8 or more words with the source article (content and the UI strings that teach)', () => {
		const seed = seedFingerprints(projectRoot);
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((name) =>
				statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)],
			);
		// The workbench's and planner's explanations live in de.json, so it is checked like content.
		const copied = [...files(contentRoot), join(projectRoot, 'src/i18n/de.json')].flatMap((file) =>
			sharedRuns(readFileSync(file, 'utf8'), seed).map(
				(run) => `${relative(projectRoot, file)}: "${run}"`,
			),
		);
		expect(copied).toEqual([]);
	});
});

describe.each(course.modules.map((m) => [m.id, m] as const))('module %s', (id, module) => {
	const body = module.body;
	const references = findMdxReferences(body);

	it('has 1,200 to 2,500 words of body text', () => {
		const count = bodyWords(body).length;
		expect(count, `${module.filePath}: ${count} Wörter`).toBeGreaterThanOrEqual(1200);
		expect(count, `${module.filePath}: ${count} Wörter`).toBeLessThanOrEqual(2500);
	});

	it('has 3 to 5 learning objectives', () => {
		expect(module.data.objectives.length).toBeGreaterThanOrEqual(3);
		expect(module.data.objectives.length).toBeLessThanOrEqual(5);
	});

	it('has a worked example, reflection questions and key takeaways', () => {
		expect(body).toMatch(/<Example\s+title="[^"]+"/);
		expect(body).toMatch(/^## Fragen zur Reflexion$/m);
		expect(body).toMatch(/^## Das Wichtigste in Kürze$/m);
	});

	it('has trainer notes with timing, discussion questions and a group exercise', () => {
		const notes = module.data.trainerNotes;
		expect(notes.timing.length).toBeGreaterThan(0);
		expect(notes.discussion.length).toBeGreaterThan(0);
		expect(notes.exercise.instructions.length).toBeGreaterThan(40);
	});

	it('ends with its own knowledge check of at least 6 questions mixing at least 3 kinds', () => {
		const quizRefs = references.filter((r) => r.component === 'Quiz');
		expect(quizRefs.map((r) => r.id)).toEqual([id]);
		const quiz = course.quizzes.find((q) => q.id === id);
		expect(quiz, `content/quizzes/${id}.yaml`).toBeDefined();
		expect(quiz!.data.questions.length).toBeGreaterThanOrEqual(6);
		expect(new Set(quiz!.data.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
	});

	it('marks glossary terms', () => {
		expect(references.filter((r) => r.component === 'Term').length).toBeGreaterThan(0);
	});

	it('writes German with umlauts rather than transliterations', () => {
		const transliterated = bodyWords(body).filter((w) =>
			/^(fuer|ueber|koennen|muessen|moeglich|Beziehungsqualitaet|Massnahme)$/i.test(w),
		);
		expect(transliterated).toEqual([]);
	});
});

describe('self-assessments', () => {
	it('include "Beziehungsqualität" with the six criteria, at least 3 items each', () => {
		const quality = course.assessments.find((a) => a.id === 'beziehungsqualitaet');
		expect(quality?.data.dimensions.map((d) => d.id)).toEqual([
			'sympathie',
			'anerkennung',
			'vertrauen',
			'gegenseitigkeit',
			'intensitaet',
			'kompetenz',
		]);
		for (const dimension of quality!.data.dimensions)
			expect(dimension.items.length).toBeGreaterThanOrEqual(3);
	});

	it('include one on the learner’s own relationship network', () => {
		expect(course.assessments.map((a) => a.id)).toContain('beziehungsnetz');
	});
});

describe('role-plays', () => {
	it('cover the eight conversations the course asks for', () => {
		expect(course.roleplays.map((r) => r.id).sort()).toEqual([
			'bedraengter-kunde', // a customer pressed by relationship effort that outweighs what was delivered
			'einladung-compliance', // an invitation that touches compliance
			'erstbesuch-werk', // an engineer's first visit at a customer's plant
			'fuehrung-freigabe', // a sales team lead hands decisions to a key account manager
			'innendienst-lieferverzug', // inside sales reports a delivery delay to a hospital's purchasing
			'nachfolge-uebergabe', // handing a customer relationship over to a successor
			'neuer-entscheider', // a new decision maker after a reorganisation at the customer
			'reklamation-key-account', // a key account's complaint
		]);
	});

	it('together practise every building block', () => {
		expect(new Set(course.roleplays.flatMap((r) => r.data.modules))).toEqual(new Set(moduleIds));
	});

	describe.each(course.roleplays.map((r) => [r.id, r] as const))('%s', (_, roleplay) => {
		it('passes the graph checks', () => {
			expect(validateScenario(roleplay.data)).toEqual([]);
		});

		it('has at least 10 nodes, 3 endings covering every outcome, and a conditional choice', () => {
			expect(roleplay.data.nodes.length).toBeGreaterThanOrEqual(10);
			expect(roleplay.data.endings.length).toBeGreaterThanOrEqual(3);
			expect(new Set(roleplay.data.endings.map((e) => e.outcome))).toEqual(new Set(OUTCOMES));
			expect(roleplay.data.nodes.some((n) => n.choices.some((c) => c.condition))).toBe(true);
		});

		it('gives every choice a reason and moves at least one meter on most choices', () => {
			const choices = roleplay.data.nodes.flatMap((n) => n.choices);
			expect(choices.every((c) => c.why.length >= 40)).toBe(true);
			expect(
				choices.filter((c) => Object.keys(c.effects).length > 0).length / choices.length,
			).toBeGreaterThan(0.8);
		});
	});
});
