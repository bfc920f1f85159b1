import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moduleStatus, quizStats, type ModuleMeta } from '../../../src/lib/progress/completion';
import { loadProgressData } from '../../../src/lib/progress/load';
import { emptyState } from '../../../src/lib/progress/state';
import type { ProgressState } from '../../../src/schemas/stored/progress-state';
import type { QuizAnswer } from '../../../src/schemas/stored/quiz-attempt';
import { nextAttemptNumber } from '../../../src/lib/quiz/attempt';
import {
	decodeSuspendData,
	encodeSuspendData,
	SUSPEND_LIMIT_12,
	type SuspendIndex,
} from '../../../src/lib/scorm/suspend-data';
import { loadCourseFromDisk } from '../content/load-content';

/** The course's own index, as the runner page builds it: sections are the `##` headings, slugged about as the build does. */
const slug = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '');
function courseIndex(): {
	index: SuspendIndex;
	metas: ModuleMeta[];
	answersFor: (quizId: string) => Record<string, QuizAnswer>;
} {
	const course = loadCourseFromDisk();
	const metas: ModuleMeta[] = course.modules.map((module) => ({
		id: module.id,
		title: module.data.title,
		href: `/module/${module.id}/`,
		sections: [...module.body.matchAll(/^## (.+)$/gm)].map((m) => slug(m[1]!)),
		quizId: /<Quiz id="([^"]+)"/.exec(module.body)?.[1],
	}));
	const index: SuspendIndex = {
		modules: metas.map(({ id, sections, quizId }) => ({
			id,
			sections,
			...(quizId ? { quizId } : {}),
		})),
		quizzes: Object.fromEntries(
			course.quizzes.map((quiz) => [quiz.id, quiz.data.questions.map((q) => q.id)]),
		),
		assessments: Object.fromEntries(
			course.assessments.map((a) => [
				a.id,
				{
					items: a.data.dimensions.flatMap((d) => d.items.map((i) => i.id)),
					dimensions: a.data.dimensions.map((d) => d.id),
				},
			]),
		),
	};
	// The longest answer each question can have: every option picked, every item placed.
	const answersFor = (quizId: string) =>
		Object.fromEntries(
			course.quizzes
				.find((quiz) => quiz.id === quizId)!
				.data.questions.map((q) => [
					q.id,
					q.type === 'truefalse'
						? true
						: q.type === 'single'
							? q.options.length - 1
							: q.type === 'multiple'
								? q.options.map((_, i) => i)
								: q.type === 'ordering'
									? q.items.map((_, i) => i).reverse()
									: q.pairs.map((_, i) => i).reverse(),
				]),
		);
	return { index, metas, answersFor };
}

/** Every module visited, read and marked, every quiz taken `attempts` times (passed on the last), every self-assessment done twice. */
function fillEverything(
	metas: ModuleMeta[],
	index: SuspendIndex,
	answersFor: (quizId: string) => Record<string, QuizAnswer>,
	attempts: number,
): ProgressState {
	const state = emptyState('2026-11-26T17:00:00.000Z');
	let minute = 0;
	const at = () => new Date(Date.UTC(2026, 9, 1) + (minute += 7) * 60_000).toISOString();
	for (const meta of metas) {
		state.modules[meta.id] = {
			firstVisitedAt: at(),
			lastVisitedAt: at(),
			sectionsRead: Object.fromEntries(meta.sections.map((s) => [s, at()])),
			markedReadAt: at(),
		};
		if (!meta.quizId) continue;
		state.quizAttempts[meta.quizId] = Array.from({ length: attempts }, (_, n) => {
			const score = n === attempts - 1 ? 100 : 40 + ((n * 7) % 50);
			const answers = answersFor(meta.quizId!);
			return {
				id: crypto.randomUUID(),
				startedAt: at(),
				finishedAt: at(),
				answers,
				drawn: Object.keys(answers),
				correct: Math.round(score / 10),
				total: 10,
				score,
				passed: score >= 70,
			};
		});
	}
	for (const [id, order] of Object.entries(index.assessments))
		state.assessments[id] = [1, 2].map(() => ({
			id: crypto.randomUUID(),
			completedAt: at(),
			answers: Object.fromEntries(order.items.map((item) => [item, 4])),
			scores: Object.fromEntries(order.dimensions.map((d) => [d, 3.6666666666666665])),
		}));
	return state;
}

const decode = (text: string, index: SuspendIndex) =>
	loadProgressData(decodeSuspendData(text, index)).state;

describe('suspend_data', () => {
	const { index, metas, answersFor } = courseIndex();

	it('fits SCORM 1.2’s 4,096 characters with every module of the course filled, and keeps everything a learner did', () => {
		const state = fillEverything(metas, index, answersFor, 3);
		const encoded = encodeSuspendData(state, index, SUSPEND_LIMIT_12);
		expect(encoded).toMatchObject({ fits: true, level: 0 });
		expect(encoded.text.length).toBeLessThan(4096);
		const restored = decode(encoded.text, index);
		for (const meta of metas) {
			expect(moduleStatus(restored, meta).status, meta.id).toBe('completed');
			expect(Object.keys(restored.modules[meta.id]!.sectionsRead)).toEqual(meta.sections);
			if (meta.quizId) {
				expect(quizStats(restored, meta.quizId)).toMatchObject({
					attempts: 3,
					best: 100,
					passed: true,
				});
				expect(restored.quizAttempts[meta.quizId]!.at(-1)!.answers).toEqual(
					answersFor(meta.quizId),
				);
			}
		}
		expect(Object.keys(restored.assessments)).toEqual(Object.keys(index.assessments));
		expect(restored.assessments.beziehungsqualitaet![0]!.scores.sympathie).toBe(3.67);
	});

	it('keeps less, in the documented order, when a learner retried every quiz many times, and still fits with status and best scores intact', () => {
		const state = fillEverything(metas, index, answersFor, 40);
		const encoded = encodeSuspendData(state, index, SUSPEND_LIMIT_12);
		expect(encoded.fits).toBe(true);
		expect(encoded.level).toBeGreaterThan(0);
		expect(encoded.text.length).toBeLessThanOrEqual(4096);
		const restored = decode(encoded.text, index);
		for (const meta of metas) {
			expect(moduleStatus(restored, meta).status).toBe('completed');
			if (meta.quizId)
				expect(quizStats(restored, meta.quizId)).toMatchObject({
					best: 100,
					passed: true,
					last: 100,
				});
		}
	});

	it('keeps every attempt, with times to the second, in SCORM 2004’s larger space', () => {
		const state = fillEverything(metas, index, answersFor, 40);
		const restored = decode(encodeSuspendData(state, index, 64_000).text, index);
		for (const meta of metas.filter((m) => m.quizId)) {
			expect(restored.quizAttempts[meta.quizId!]!.map((a) => a.score)).toEqual(
				state.quizAttempts[meta.quizId!]!.map((a) => a.score),
			);
			expect(restored.quizAttempts[meta.quizId!]!.map((a) => a.finishedAt)).toEqual(
				state.quizAttempts[meta.quizId!]!.map((a) => a.finishedAt),
			);
		}
	});

	it('keeps what was read of the other sections when a content update adds, renames or moves one', () => {
		const state = fillEverything(metas, index, answersFor, 1);
		delete state.modules.bedeutung!.markedReadAt;
		const text = encodeSuspendData(state, index).text;
		const [first, renamed, ...rest] = index.modules.find((m) => m.id === 'bedeutung')!.sections;
		const updated: SuspendIndex = {
			...index,
			modules: index.modules.map((m) =>
				m.id === 'bedeutung'
					? { ...m, sections: [...rest.reverse(), 'neu', `${renamed}-neu`, first!] }
					: m,
			),
		};
		const restored = decode(text, updated);
		expect(Object.keys(restored.modules.bedeutung!.sectionsRead).sort()).toEqual(
			[first!, ...rest].sort(),
		);
		expect(quizStats(restored, 'bedeutung').passed).toBe(true);
	});

	it('still reads suspend data of version 1', () => {
		// Written by version 1 for a module with the sections einstieg, kern, schluss: einstieg and schluss read.
		const legacy = '{"v":1,"t":1795168800,"m":{"modul":[0,300,180,"5","b3c9"]},"q":{}}';
		const legacyIndex: SuspendIndex = {
			modules: [{ id: 'modul', sections: ['einstieg', 'kern', 'schluss'] }],
			quizzes: {},
			assessments: {},
		};
		const restored = decode(legacy, legacyIndex);
		expect(restored.modules.modul).toEqual({
			firstVisitedAt: '2026-11-20T10:00:00.000Z',
			lastVisitedAt: '2026-11-20T10:05:00.000Z',
			sectionsRead: { einstieg: '2026-11-20T10:03:00.000Z', schluss: '2026-11-20T10:03:00.000Z' },
		});
		// Written again, it is version 2 and reads back the same.
		const again = encodeSuspendData(restored, legacyIndex).text;
		expect(JSON.parse(again).v).toBe(2);
		expect(decode(again, legacyIndex).modules.modul).toEqual(restored.modules.modul);
	});

	it('reads suspend data written before question pools: the last attempt drew the questions it answered', () => {
		// Written by the release before pools: two attempts of a check of three questions; the last one with its answers.
		const before =
			'{"v":2,"t":1795168800,"m":{},"q":{"pruefung":[["a1b2c3d4",0,240,2,3,67,0],["e5f6a7b8",300,600,3,3,100,1,[0,true,[0,1,2]]]]}}';
		const oldIndex: SuspendIndex = {
			modules: [],
			quizzes: { pruefung: ['eins', 'zwei', 'drei'] },
			assessments: {},
		};
		const restored = decode(before, oldIndex);
		expect(restored.quizAttempts.pruefung!.map((a) => [a.score, a.passed, a.drawn])).toEqual([
			[67, false, []],
			[100, true, ['eins', 'zwei', 'drei']],
		]);
	});

	it('keeps the attempts’ numbers, so the next attempt draws anew even after older attempts were dropped', () => {
		const state = fillEverything(metas, index, answersFor, 40);
		for (const attempts of Object.values(state.quizAttempts))
			attempts.forEach((attempt, i) => (attempt.attempt = i + 1));
		const encoded = encodeSuspendData(state, index, SUSPEND_LIMIT_12);
		expect(encoded.level).toBeGreaterThan(1); // older attempts were dropped
		const restored = decode(encoded.text, index);
		for (const meta of metas.filter((m) => m.quizId)) {
			expect(restored.quizAttempts[meta.quizId!]!.length).toBeLessThan(40);
			expect(nextAttemptNumber(restored.quizAttempts[meta.quizId!]!), meta.id).toBe(41);
		}
	});

	it('keeps a path’s entry and final test with the modules, within SCORM 1.2’s limit, so the status survives a relaunch', () => {
		const state = fillEverything(metas, index, answersFor, 3);
		const course = loadCourseFromDisk();
		const pool = course.quizzes.flatMap((quiz) =>
			quiz.data.questions.map((q) => `${quiz.id}--${q.id}`),
		);
		const pathIndex: SuspendIndex = {
			...index,
			quizzes: {
				...index.quizzes,
				'eingangstest--grundlagen': pool,
				'abschlusstest--grundlagen': pool,
			},
		};
		const at = '2026-11-26T16:00:00.000Z';
		const drawn = pool.filter((_, i) => i % 6 === 0).slice(0, 16);
		const attempt = (id: string, score: number) => ({
			id,
			startedAt: at,
			finishedAt: at,
			answers: Object.fromEntries(drawn.map((q) => [q, 0])),
			drawn,
			correct: 0,
			total: 16,
			score,
			passed: score >= 70,
		});
		state.quizAttempts['eingangstest--grundlagen'] = [attempt('eingang1', 44)];
		state.quizAttempts['abschlusstest--grundlagen'] = [
			attempt('final001', 63),
			attempt('final002', 88),
		];
		const encoded = encodeSuspendData(state, pathIndex, SUSPEND_LIMIT_12);
		expect(encoded.fits).toBe(true);
		const restored = decode(encoded.text, pathIndex);
		expect(quizStats(restored, 'abschlusstest--grundlagen')).toMatchObject({
			best: 88,
			passed: true,
		});
		expect(quizStats(restored, 'eingangstest--grundlagen')).toMatchObject({ first: 44 });
	});

	it('never throws on whatever an LMS hands back (property)', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) => JSON.stringify({ v: 1, t: 1_700_000_000, m: v, q: v, a: v })),
					fc.jsonValue().map((v) => JSON.stringify({ v: 2, t: 1_700_000_000, m: v, q: v, a: v })),
				),
				(text) => {
					expect(() => decode(text, index)).not.toThrow();
				},
			),
			{ numRuns: 500 },
		);
	});

	it('reads an empty or foreign suspend_data as nothing', () => {
		expect(decodeSuspendData('', index)).toBeUndefined();
		expect(decodeSuspendData('viewed=1,2,3|lastviewedslide=31', index)).toBeUndefined();
		expect(decodeSuspendData('{"v":2}', index)).toBeUndefined();
		expect(decodeSuspendData('{"v":3,"t":1795168800,"m":{}}', index)).toBeUndefined();
	});
});
