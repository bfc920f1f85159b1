import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/client';
import { quizStats, type QuizStats } from '../../lib/progress/completion';
import { getProgressStore, newRecordId } from '../../lib/progress/store';
import { isAnswered, scoreQuiz, type Answer, type Answers, type QuizResult } from '../../lib/quiz/scoring';
import { derangedPermutation, permutation, seededRandom, type Random } from '../../lib/quiz/shuffle';
import type { QuizAttempt } from '../../lib/progress/schema';
import { QuestionView } from './QuestionView';
import type { DisplayOrders, QuizProps } from './types';

/**
 * A knowledge check: answer, check question by question, evaluate, retry with shuffled options,
 * review the last attempt. Attempts are recorded in the progress store.
 */
type Phase = { kind: 'answering' } | { kind: 'result'; result: QuizResult; saveProblem?: string } | { kind: 'review'; attempt: QuizAttempt };

function displayOrders(quiz: QuizProps['quiz'], random: (questionId: string) => Random, shuffleChoices: boolean): DisplayOrders {
	return Object.fromEntries(
		quiz.questions.map((question) => {
			const rng = random(question.id);
			switch (question.type) {
				case 'single':
				case 'multiple':
					return [question.id, shuffleChoices ? permutation(question.options.length, rng) : question.options.map((_, i) => i)];
				case 'ordering':
					return [question.id, derangedPermutation(question.items.length, rng)];
				case 'matching':
					return [question.id, derangedPermutation(question.pairs.length, rng)];
				default:
					return [question.id, []];
			}
		}),
	);
}

/** The answers a fresh round starts with: ordering questions start in their shuffled order. */
function initialAnswers(quiz: QuizProps['quiz'], orders: DisplayOrders): Answers {
	return Object.fromEntries(quiz.questions.filter((q) => q.type === 'ordering').map((q) => [q.id, orders[q.id]!]));
}

export function QuizView({ id, quiz }: QuizProps) {
	// First round: deterministic order (matches the server-rendered HTML); retries: random.
	const [orders, setOrders] = useState(() => displayOrders(quiz, (qid) => seededRandom(`${id}:${qid}`), false));
	const [answers, setAnswers] = useState<Answers>(() => initialAnswers(quiz, orders));
	const [checked, setChecked] = useState<Record<string, boolean>>({});
	const [phase, setPhase] = useState<Phase>({ kind: 'answering' });
	const [stats, setStats] = useState<QuizStats | null>(null);
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

	const total = quiz.questions.length;
	const announce = (message: string) => setAnnouncement(message);
	const setAnswer = (questionId: string, answer: Answer) => {
		setAnswers((current) => ({ ...current, [questionId]: answer }));
		setMissing((current) => current.filter((m) => m !== questionId));
	};

	const check = (questionId: string, number: number) => {
		const question = quiz.questions.find((q) => q.id === questionId)!;
		setChecked((current) => ({ ...current, [questionId]: true }));
		const result = scoreQuiz({ questions: [question], passMark: 100 }, answers);
		announce(t('quiz.checkedAnnouncement', { number, verdict: result.passed ? t('quiz.correct') : t('quiz.incorrect') }));
	};

	const evaluate = () => {
		const open = quiz.questions.filter((q) => !isAnswered(q, answers[q.id]));
		if (open.length > 0) {
			setMissing(open.map((q) => q.id));
			const numbers = open.map((q) => quiz.questions.indexOf(q) + 1).join(', ');
			announce(t('quiz.unanswered', { numbers }));
			root.current?.querySelector<HTMLElement>(`[data-question="${open[0]!.id}"]`)?.focus();
			return;
		}
		const result = scoreQuiz(quiz, answers);
		const stored: QuizAttempt['answers'] = {};
		for (const question of quiz.questions) stored[question.id] = answers[question.id] as QuizAttempt['answers'][string];
		const outcome = getProgressStore().recordQuizAttempt(id, {
			id: newRecordId(),
			startedAt: startedAt.current,
			finishedAt: new Date().toISOString(),
			answers: stored,
			...result,
		});
		const saveProblem = outcome.saved ? undefined : t('quiz.notSaved', { reason: t(outcome.reason === 'unavailable' ? 'storage.unavailable' : 'storage.writeFailed') });
		setPhase({ kind: 'result', result, saveProblem });
		announce(`${t('quiz.resultLine', result)} ${result.passed ? t('quiz.passed', { passMark: quiz.passMark }) : t('quiz.failed', { passMark: quiz.passMark })}`);
	};

	const retry = () => {
		const next = displayOrders(quiz, () => Math.random, true);
		setOrders(next);
		setAnswers(initialAnswers(quiz, next));
		setChecked({});
		setMissing([]);
		startedAt.current = new Date().toISOString();
		setPhase({ kind: 'answering' });
		requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('[data-question]')?.focus());
	};

	const review = () => {
		if (stats?.lastAttempt) setPhase({ kind: 'review', attempt: stats.lastAttempt });
	};

	const reviewing = phase.kind === 'review';
	const shownAnswers: Answers = reviewing ? (phase.attempt.answers as Answers) : answers;
	const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

	return (
		<div ref={root} className="not-prose">
			<p className="sr-only" aria-live="polite" aria-atomic="true">
				{announcement}
			</p>
			{stats && stats.attempts > 0 && phase.kind === 'answering' && (
				<p className="mt-2 text-sm">
					{t('quiz.history', { attempts: stats.attempts, best: stats.best ?? 0, last: stats.last ?? 0 })} {stats.passed && t('quiz.historyPassed')}
				</p>
			)}
			{phase.kind === 'answering' && <p className="mt-2">{t('quiz.intro')}</p>}

			{phase.kind !== 'answering' && (
				<section className="card mt-6 border-2 border-accent" aria-labelledby={`${id}-result`}>
					<h3 id={`${id}-result`} ref={resultHeading} tabIndex={-1} className="font-serif text-xl">
						{reviewing ? t('quiz.reviewTitle', { date: new Date(phase.attempt.finishedAt).toLocaleString('de-DE') }) : t('quiz.resultTitle')}
					</h3>
					{(() => {
						const result = reviewing ? phase.attempt : phase.result;
						return (
							<>
								<p className="mt-2 text-lg font-semibold">{t('quiz.resultLine', result)}</p>
								<p>{result.passed ? `✓ ${t('quiz.passed', { passMark: quiz.passMark })}` : `✗ ${t('quiz.failed', { passMark: quiz.passMark })}`}</p>
							</>
						);
					})()}
					{phase.kind === 'result' && phase.saveProblem && (
						<p className="mt-2" role="alert">
							{phase.saveProblem}
						</p>
					)}
					<div className="mt-4 flex flex-wrap gap-3">
						<button type="button" className="button" onClick={retry}>
							{t('quiz.retry')}
						</button>
						{phase.kind === 'result' && stats?.lastAttempt && (
							<button type="button" className="min-h-11 rounded-md border border-accent px-4 font-semibold text-accent" onClick={review}>
								{t('quiz.review')}
							</button>
						)}
					</div>
				</section>
			)}

			{quiz.questions.map((question, index) => (
				<QuestionView
					key={`${question.id}-${phase.kind}`}
					quizId={id}
					question={question}
					number={index + 1}
					total={total}
					answer={shownAnswers[question.id]}
					order={reviewing && question.type !== 'matching' ? identity(question.type === 'ordering' ? question.items.length : question.type === 'truefalse' ? 0 : question.options.length) : orders[question.id]!}
					revealed={phase.kind !== 'answering' || checked[question.id] === true}
					checkable={phase.kind === 'answering'}
					onAnswer={(answer) => setAnswer(question.id, answer)}
					onCheck={() => check(question.id, index + 1)}
					announce={announce}
					error={missing.includes(question.id) ? t('quiz.answerFirst') : undefined}
				/>
			))}

			{phase.kind === 'answering' && (
				<div className="mt-6">
					<button type="button" className="button" onClick={evaluate}>
						{t('quiz.submit')}
					</button>
				</div>
			)}
		</div>
	);
}
