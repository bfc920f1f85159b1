import { describe, expect, it } from 'vitest';
import { QuizSchema } from '../../../src/schemas';

const option = (text: string, correct = false) => ({ text, correct, feedback: `Warum ${text}` });
const single = (id: string, options: unknown[] = [option('A', true), option('B')]) => ({
	id,
	type: 'single',
	prompt: 'Frage?',
	explanation: 'Darum.',
	options,
});

const messages = (input: unknown) => {
	const result = QuizSchema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('QuizSchema', () => {
	it('accepts every question kind', () => {
		const quiz = {
			title: 'Test',
			passMark: 70,
			questions: [
				single('eins'),
				{
					...single('zwei', [option('A', true), option('B', true), option('C')]),
					type: 'multiple',
				},
				{
					id: 'drei',
					type: 'truefalse',
					prompt: 'Stimmt?',
					explanation: 'Ja.',
					answer: true,
					feedbackTrue: 'Gut.',
					feedbackFalse: 'Nein.',
				},
				{
					id: 'vier',
					type: 'ordering',
					prompt: 'Ordnen',
					explanation: 'So.',
					items: [option('1'), option('2'), option('3')],
				},
				{
					id: 'fuenf',
					type: 'matching',
					prompt: 'Zuordnen',
					explanation: 'So.',
					pairs: ['a', 'b', 'c'].map((x) => ({
						left: x,
						right: x.toUpperCase(),
						feedback: 'Passt.',
					})),
				},
			],
		};
		expect(messages(quiz)).toEqual([]);
	});

	it('names the field of a single-choice question with two correct options', () => {
		const quiz = {
			title: 'T',
			passMark: 50,
			questions: [single('eins', [option('A', true), option('B', true)])],
		};
		expect(messages(quiz)).toEqual([
			'questions.0.options: Genau eine Option muss "correct: true" haben.',
		]);
	});

	it('requires feedback on every option', () => {
		const quiz = {
			title: 'T',
			passMark: 50,
			questions: [single('eins', [option('A', true), { text: 'B', correct: false }])],
		};
		expect(messages(quiz)[0]).toMatch(/^questions\.0\.options\.1\.feedback:/);
	});

	it('rejects an unknown question kind', () => {
		const quiz = { title: 'T', passMark: 50, questions: [{ ...single('eins'), type: 'essay' }] };
		expect(messages(quiz)[0]).toMatch(/^questions\.0\.type:/);
	});

	it('rejects duplicate question ids', () => {
		const quiz = { title: 'T', passMark: 50, questions: [single('eins'), single('eins')] };
		expect(messages(quiz)).toEqual(['questions.1.id: Die Fragen-ID "eins" kommt mehrfach vor.']);
	});

	it('rejects a pass mark above 100 percent', () => {
		expect(messages({ title: 'T', passMark: 120, questions: [single('eins')] })[0]).toMatch(
			/^passMark:/,
		);
	});
});
