import type { Quiz } from '../../schemas/quiz';

/**
 * A learning path's test: one pool made of its modules' knowledge checks, taken before the path as
 * the entry test (Eingangstest) and after its modules as the final test (Abschlusstest). Both are
 * the same test with their own attempts, so each draws its own questions. Their keys in stored
 * progress hold "--", which no content id can (schemas/common.ts), so they never meet a quiz id.
 */

export type PathTestKind = 'entry' | 'final';

export const PATH_TEST_PASS_MARK = 70;
/** Questions drawn per knowledge check of the path's modules; every path test asks at least 12. */
export const PATH_TEST_QUESTIONS_PER_MODULE = 2;
export const PATH_TEST_MIN_QUESTIONS = 12;

const PREFIX: Record<PathTestKind, string> = { entry: 'eingangstest', final: 'abschlusstest' };

export const pathTestKey = (kind: PathTestKind, pathId: string): string =>
	`${PREFIX[kind]}--${pathId}`;

/** A question's id inside the path test: its quiz id and its own id. */
export const pathQuestionId = (quizId: string, questionId: string): string =>
	`${quizId}--${questionId}`;

export function pathTestSize(moduleCount: number): number {
	return Math.max(PATH_TEST_MIN_QUESTIONS, moduleCount * PATH_TEST_QUESTIONS_PER_MODULE);
}

/** The path test as a quiz: every question of the modules' checks, ids prefixed with their quiz id. */
export function assemblePathTest(
	title: string,
	checks: readonly { quizId: string; quiz: Pick<Quiz, 'questions'> }[],
): Quiz & { groups: Record<string, string> } {
	const groups: Record<string, string> = {};
	const questions = checks.flatMap(({ quizId, quiz }) =>
		quiz.questions.map((question) => {
			const id = pathQuestionId(quizId, question.id);
			groups[id] = quizId;
			return { ...question, id };
		}),
	);
	return {
		title,
		passMark: PATH_TEST_PASS_MARK,
		draw: Math.min(pathTestSize(checks.length), questions.length),
		questions,
		groups,
	};
}
