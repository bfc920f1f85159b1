import { useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../../i18n/client';
import { quizStats, type QuizStats } from '../../lib/progress/completion';
import { getProgressStore, newRecordId } from '../../client/progress/store';
import {
	attemptRound as roundOf,
	nextAttemptNumber,
	type AttemptRound,
} from '../../lib/quiz/attempt';
import { displayOrder } from '../../lib/quiz/draw';
import {
	isAnswered,
	scoreQuiz,
	type Answer,
	type Answers,
	type QuizResult,
} from '../../lib/quiz/scoring';
import type { QuizAttempt } from '../../schemas/stored/quiz-attempt';
import type { Question } from '../../schemas/quiz';
import { QuestionView } from './QuestionView';
import type { QuizProps } from './types';

/**
 * A knowledge check: answer, check question by question, evaluate, retry, review the last attempt.
 * Each attempt draws its questions and orders its options from the quiz id and the attempt number
 * (lib/quiz/draw.ts), so a reload shows the same attempt and a retry a new one. Attempts are
 * recorded in the progress store with the questions they drew.
 */
type Phase =
	| { kind: 'answering' }
	| { kind: 'result'; result: QuizResult; saveProblem?: string }
	| { kind: 'review'; attempt: QuizAttempt };

/** The answers a fresh round starts with: ordering questions start in their shuffled order. */
function initialAnswers(round: AttemptRound): Answers {
	return Object.fromEntries(
		round.questions.filter((q) => q.type === 'ordering').map((q) => [q.id, round.orders[q.id]!]),
	);
}

const nextAttempt = (id: string) =>
	nextAttemptNumber(getProgressStore().getState().quizAttempts[id] ?? []);

interface Props extends QuizProps {
	/** A test (entry or final): answers are not checked one by one, only evaluated together. */
	exam?: boolean;
	/** Whether a result offers another attempt (the entry test is taken once). */
	retryable?: boolean;
	/** Shown with the result, e.g. where the learner goes next. */
	afterResult?: ReactNode;
}

export function QuizView({ id, quiz, exam = false, retryable = true, afterResult }: Props) {
	const [round, setRound] = useState(() => roundOf(id, quiz, nextAttempt(id)));
	const [answers, setAnswers] = useState<Answers>(() => initialAnswers(round));
	const [checked, setChecked] = useState<Record<string, boolean>>({});
	const [phase, setPhase] = useState<Phase>({ kind: 'answering' });
	const [stats, setStats] = useState<QuizStats>(() => quizStats(getProgressStore().getState(), id));
	const [announcement, setAnnouncement] = useState('');
	const [missing, setMissing] = useState<string[]>([]);
	const startedAt = useRef(new Date().toISOString());
	const root = useRef<HTMLDivElement>(null);
	const resultHeading = useRef<HTMLHeadingElement>(null);

	useEffect(() => {
		const store = getProgressStore();
		const update = () => setStats(quizStats(store.getState(), id));
		update();
		return store.subscribe(update);
	}, [id]);

	useEffect(() => {
		if (phase.kind !== 'answering') resultHeading.current?.focus();
	}, [phase]);

	const { questions } = round;
	const total = questions.length;
	const announce = (message: string) => setAnnouncement(message);
	const setAnswer = (questionId: string, answer: Answer) => {
		setAnswers((current) => ({ ...current, [questionId]: answer }));
		setMissing((current) => current.filter((m) => m !== questionId));
	};

	const check = (questionId: string, number: number) => {
		const question = questions.find((q) => q.id === questionId)!;
		setChecked((current) => ({ ...current, [questionId]: true }));
		const result = scoreQuiz({ questions: [question], passMark: 100 }, answers);
		announce(
			t('quiz.checkedAnnouncement', {
				number,
				verdict: result.passed ? t('quiz.correct') : t('quiz.incorrect'),
			}),
		);
	};

	const evaluate = () => {
		const open = questions.filter((q) => !isAnswered(q, answers[q.id]));
		if (open.length > 0) {
			setMissing(open.map((q) => q.id));
			const numbers = open.map((q) => questions.indexOf(q) + 1).join(', ');
			announce(t('quiz.unanswered', { numbers }));
			root.current?.querySelector<HTMLElement>(`[data-question="${open[0]!.id}"]`)?.focus();
			return;
		}
		const result = scoreQuiz({ questions, passMark: quiz.passMark }, answers);
		const stored: QuizAttempt['answers'] = {};
		for (const question of questions)
			stored[question.id] = answers[question.id] as QuizAttempt['answers'][string];
		const outcome = getProgressStore().recordQuizAttempt(id, {
			id: newRecordId(),
			startedAt: startedAt.current,
			finishedAt: new Date().toISOString(),
			answers: stored,
			drawn: questions.map((q) => q.id),
			attempt: round.attempt,
			...result,
		});
		const saveProblem = outcome.saved
			? undefined
			: t('quiz.notSaved', {
					reason: t(
						outcome.reason === 'unavailable' ? 'storage.unavailable' : 'storage.writeFailed',
					),
				});
		setPhase({ kind: 'result', result, saveProblem });
		announce(
			`${t('quiz.resultLine', result)} ${result.passed ? t('quiz.passed', { passMark: quiz.passMark }) : t('quiz.failed', { passMark: quiz.passMark })}`,
		);
	};

	const retry = () => {
		// The next attempt number, counted from what is stored (another tab may have added attempts).
		const next = roundOf(id, quiz, Math.max(round.attempt + 1, nextAttempt(id)));
		setRound(next);
		setAnswers(initialAnswers(next));
		setChecked({});
		setMissing([]);
		startedAt.current = new Date().toISOString();
		setPhase({ kind: 'answering' });
		requestAnimationFrame(() =>
			root.current?.querySelector<HTMLElement>('[data-question]')?.focus(),
		);
	};

	const review = () => {
		if (stats.lastAttempt) setPhase({ kind: 'review', attempt: stats.lastAttempt });
	};

	const reviewing = phase.kind === 'review';
	const byId = new Map(quiz.questions.map((q) => [q.id, q]));
	// A review shows what that attempt drew, leaving out questions the course no longer has.
	const shownQuestions = reviewing
		? phase.attempt.drawn.flatMap((qid) => (byId.has(qid) ? [byId.get(qid)!] : []))
		: questions;
	const shownAnswers: Answers = reviewing ? (phase.attempt.answers as Answers) : answers;
	const identity = (n: number) => Array.from({ length: n }, (_, i) => i);
	const reviewOrder = (question: Question) => {
		if (question.type === 'matching')
			return displayOrder(id, question, reviewing ? (phase.attempt.attempt ?? 1) : round.attempt);
		return identity(
			question.type === 'ordering'
				? question.items.length
				: question.type === 'truefalse'
					? 0
					: question.options.length,
		);
	};
	return (
		<div ref={root} className="not-prose">
			<p className="sr-only" aria-live="polite" aria-atomic="true">
				{announcement}
			</p>
			{stats.attempts > 0 && phase.kind === 'answering' && (
				<p className="mt-2 text-sm">
					{t('quiz.history', {
						attempts: stats.attempts,
						best: stats.best ?? 0,
						last: stats.last ?? 0,
					})}{' '}
					{stats.passed && t('quiz.historyPassed')}
				</p>
			)}
			{phase.kind === 'answering' && (
				<p className="mt-2">{t(exam ? 'quiz.introTest' : 'quiz.intro')}</p>
			)}

			{phase.kind !== 'answering' && (
				<section className="card mt-6 border-2 border-accent" aria-labelledby={`${id}-result`}>
					<h3 id={`${id}-result`} ref={resultHeading} tabIndex={-1} className="font-serif text-xl">
						{reviewing
							? t('quiz.reviewTitle', {
									date: new Date(phase.attempt.finishedAt).toLocaleString('de-DE'),
								})
							: t('quiz.resultTitle')}
					</h3>
					{(() => {
						const result = reviewing ? phase.attempt : phase.result;
						return (
							<>
								<p className="mt-2 text-lg font-semibold" data-quiz-result={result.score}>
									{t('quiz.resultLine', result)}
								</p>
								<p>
									{result.passed
										? `✓ ${t('quiz.passed', { passMark: quiz.passMark })}`
										: `✗ ${t('quiz.failed', { passMark: quiz.passMark })}`}
								</p>
							</>
						);
					})()}
					{phase.kind === 'result' && phase.saveProblem && (
						<p className="mt-2" role="alert">
							{phase.saveProblem}
						</p>
					)}
					<div className="mt-4 flex flex-wrap gap-3">
						{retryable && (
							<button type="button" className="button" onClick={retry}>
								{t('quiz.retry')}
							</button>
						)}
						{phase.kind === 'result' && stats.lastAttempt && (
							<button
								type="button"
								className="min-h-11 rounded-md border border-accent px-4 font-semibold text-accent"
								onClick={review}
							>
								{t('quiz.review')}
							</button>
						)}
					</div>
					{afterResult}
				</section>
			)}

			{shownQuestions.map((question, index) => (
				<QuestionView
					key={`${question.id}-${phase.kind}-${round.attempt}`}
					quizId={id}
					question={question}
					number={index + 1}
					total={shownQuestions.length}
					answer={shownAnswers[question.id]}
					order={reviewing ? reviewOrder(question) : round.orders[question.id]!}
					revealed={phase.kind !== 'answering' || checked[question.id] === true}
					checkable={phase.kind === 'answering' && !exam}
					onAnswer={(answer) => setAnswer(question.id, answer)}
					onCheck={() => check(question.id, index + 1)}
					announce={announce}
					error={missing.includes(question.id) ? t('quiz.answerFirst') : undefined}
				/>
			))}

			{phase.kind === 'answering' && total > 0 && (
				<div className="mt-6">
					<button type="button" className="button" onClick={evaluate}>
						{t(exam ? 'quiz.submitTest' : 'quiz.submit')}
					</button>
				</div>
			)}
		</div>
	);
}
