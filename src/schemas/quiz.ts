import { z } from 'astro/zod';
import { ContentIdSchema, TextSchema } from './common';
import { constructedPerDraw, isConstructedType } from './quiz-draw-rule';

/**
 * A knowledge check (`content/quizzes/<id>.yaml`), placed in a module with `<Quiz id="<id>" />`.
 * Every question carries feedback per option (why it is right or wrong) and an explanation.
 */

/** Fields every question kind shares. */
const QuestionBase = z.object({
	/** Stable id within the quiz; stored with the learner's answers, so do not reuse it for another question. */
	id: ContentIdSchema,
	/** The question or task as the learner reads it. */
	prompt: TextSchema,
	/** Shown after checking: the reasoning behind the right answer. */
	explanation: TextSchema,
	/**
	 * `true` when the prompt is a short workplace situation that asks what to do or what the situation
	 * shows, rather than recall of the course's wording. At least 60 % of the course's questions are.
	 */
	situation: z.boolean().default(false),
});

/** An answer option of a choice question. */
export const ChoiceOptionSchema = z.object({
	/** Option text. */
	text: TextSchema,
	/** Whether choosing this option is right. */
	correct: z.boolean().default(false),
	/** Why this option is right or wrong. */
	feedback: TextSchema,
});

/** Exactly one option is correct. */
export const SingleChoiceSchema = QuestionBase.extend({
	type: z.literal('single'),
	options: z
		.array(ChoiceOptionSchema)
		.min(2)
		.refine(
			(options) => options.filter((o) => o.correct).length === 1,
			'Genau eine Option muss "correct: true" haben.',
		),
});

/** One or more options are correct; the learner must choose all of them and no other. */
export const MultipleChoiceSchema = QuestionBase.extend({
	type: z.literal('multiple'),
	options: z
		.array(ChoiceOptionSchema)
		.min(3)
		.refine(
			(options) => options.some((o) => o.correct),
			'Mindestens eine Option muss "correct: true" haben.',
		),
});

/** A statement the learner judges as true or false. */
export const TrueFalseSchema = QuestionBase.extend({
	type: z.literal('truefalse'),
	/** Whether the statement in `prompt` is true. */
	answer: z.boolean(),
	/** Feedback for a learner who answers "richtig". */
	feedbackTrue: TextSchema,
	/** Feedback for a learner who answers "falsch". */
	feedbackFalse: TextSchema,
});

/** One item of an ordering question. */
export const OrderingItemSchema = z.object({
	text: TextSchema,
	/** Why the item belongs at this position. */
	feedback: TextSchema,
});

/** Items to bring into the right order; authors list them in the correct order. */
export const OrderingSchema = QuestionBase.extend({
	type: z.literal('ordering'),
	items: z.array(OrderingItemSchema).min(3),
});

/** A pair of a matching question. */
export const MatchingPairSchema = z.object({
	/** The term shown on the left. */
	left: TextSchema,
	/** What belongs to it. */
	right: TextSchema,
	/** Why these two belong together. */
	feedback: TextSchema,
});

/** Left items to match with right items; authors list the correct pairs. */
export const MatchingSchema = QuestionBase.extend({
	type: z.literal('matching'),
	pairs: z
		.array(MatchingPairSchema)
		.min(3)
		.refine(
			(pairs) => new Set(pairs.map((p) => p.right)).size === pairs.length,
			'Jede rechte Seite darf nur einmal vorkommen.',
		),
});

export const QuestionSchema = z.discriminatedUnion('type', [
	SingleChoiceSchema,
	MultipleChoiceSchema,
	TrueFalseSchema,
	OrderingSchema,
	MatchingSchema,
]);

export const QuizSchema = z
	.object({
		/** Title shown above the quiz, e.g. "Wissenscheck: Beziehungsqualität". */
		title: TextSchema,
		/** Share of points, in percent, needed to pass. */
		passMark: z.number().int().min(1).max(100),
		/**
		 * How many questions one attempt draws from the pool (`questions`); all of them when absent.
		 * Each attempt draws another seeded set, and score and pass mark apply to the drawn set. Every
		 * draw holds enough ordering and matching questions that no fixed answering pattern can reach
		 * the pass mark (lib/quiz/draw.ts), so the pool needs at least that many of them.
		 */
		draw: z.number().int().min(1).optional(),
		/** The pool of questions in authored order. */
		questions: z.array(QuestionSchema).min(1),
	})
	.superRefine((quiz, ctx) => {
		const drawn = quiz.draw ?? quiz.questions.length;
		if (drawn > quiz.questions.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['draw'],
				message: `"draw: ${drawn}" ist größer als der Fragenpool (${quiz.questions.length} Fragen).`,
			});
		}
		const needed = constructedPerDraw(drawn, quiz.passMark);
		const available = quiz.questions.filter((q) => isConstructedType(q.type)).length;
		if (quiz.draw !== undefined && available < needed) {
			ctx.addIssue({
				code: 'custom',
				path: ['questions'],
				message: `Bei "draw: ${drawn}" und "passMark: ${quiz.passMark}" braucht jeder Durchgang ${needed} Zuordnungs- oder Reihenfolgefragen (ordering, matching); der Pool hat ${available}.`,
			});
		}
		const seen = new Set<string>();
		quiz.questions.forEach((question, index) => {
			if (seen.has(question.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['questions', index, 'id'],
					message: `Die Fragen-ID "${question.id}" kommt mehrfach vor.`,
				});
			}
			seen.add(question.id);
		});
	});

export type Quiz = z.infer<typeof QuizSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
