import type { Quiz } from '../../schemas/quiz';
import { constructedPerDraw, isConstructedType } from '../../schemas/quiz-draw-rule';
import { assemblePathTest, PATH_TEST_MIN_QUESTIONS } from '../../lib/quiz/path-test';
import { modulesOfPath, quizIdsOfModule, type Course, type PathEntry } from './course';

type PathTest = Quiz & { groups: Record<string, string> };

// Assembled once per path and course: every page's path meta, the test pages, their data and the LMS
// page ask for it.
const assembled = new WeakMap<Course, Map<string, PathTest>>();

/**
 * A learning path's entry and final test, assembled at build time from its modules' checks. A path
 * whose modules have no check has none (its pool is empty); a pool too small to draw a test that
 * guessing cannot pass stops the build, naming the path.
 */
export function pathTestOf(course: Course, path: PathEntry, title: string): PathTest {
	let tests = assembled.get(course);
	if (!tests) assembled.set(course, (tests = new Map()));
	let test = tests.get(path.id);
	if (!test) {
		test = assemble(course, path);
		tests.set(path.id, test);
	}
	return { ...test, title };
}

function assemble(course: Course, path: PathEntry): PathTest {
	const quizzes = new Map(course.quizzes.map((quiz) => [quiz.id, quiz.data]));
	const checks = modulesOfPath(course, path).flatMap((module) =>
		quizIdsOfModule(module).flatMap((quizId) =>
			quizzes.has(quizId) ? [{ quizId, quiz: quizzes.get(quizId)! }] : [],
		),
	);
	const test = assemblePathTest('', checks);
	const constructed = test.questions.filter((q) => isConstructedType(q.type)).length;
	if (
		test.questions.length > 0 &&
		(test.questions.length < PATH_TEST_MIN_QUESTIONS ||
			constructed < constructedPerDraw(test.draw!, test.passMark))
	) {
		throw new Error(
			`content/paths/${path.id}.yaml: Der Abschlusstest braucht mindestens ${PATH_TEST_MIN_QUESTIONS} Fragen, davon ${constructedPerDraw(test.draw!, test.passMark)} Zuordnungs- oder Reihenfolgefragen; die Wissenschecks der Module haben ${test.questions.length}, davon ${constructed}.`,
		);
	}
	return test;
}

/** Whether a path has a final test (its modules have knowledge checks). */
export const hasPathTest = (course: Course, path: PathEntry): boolean =>
	pathTestOf(course, path, '').questions.length > 0;
