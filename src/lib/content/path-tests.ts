import type { Quiz } from '../../schemas/quiz';
import { assemblePathTest } from '../quiz/path-test';
import { modulesOfPath, quizIdsOfModule, type Course, type PathEntry } from './course';

/** A learning path's entry and final test, assembled at build time from its modules' checks. */
export function pathTestOf(course: Course, path: PathEntry, title: string): Quiz & { groups: Record<string, string> } {
	const quizzes = new Map(course.quizzes.map((quiz) => [quiz.id, quiz.data]));
	const checks = modulesOfPath(course, path).flatMap((module) => quizIdsOfModule(module).flatMap((quizId) => (quizzes.has(quizId) ? [{ quizId, quiz: quizzes.get(quizId)! }] : [])));
	return assemblePathTest(title, checks);
}
