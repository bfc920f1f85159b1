import { t } from '../../i18n/client';
import { isAnswered, isCorrect } from '../../lib/quiz/scoring';
import { ChoiceField, TrueFalseField } from './ChoiceField';
import { MatchingField } from './MatchingField';
import { OrderingField } from './OrderingField';
import type { QuestionProps } from './types';

interface Props extends QuestionProps {
	quizId: string;
	/** Shown instead of the check button once an attempt was evaluated or in review. */
	checkable: boolean;
	onCheck: () => void;
	error?: string;
}

/** One question as a fieldset: the answer field of its kind, a check button, and feedback once revealed. */
export function QuestionView({
	quizId,
	question,
	number,
	total,
	answer,
	order,
	revealed,
	checkable,
	onAnswer,
	onCheck,
	announce,
	error,
}: Props) {
	const name = `${quizId}-${question.id}`;
	const legendId = `${name}-legend`;
	const correct = revealed && isCorrect(question, answer);
	return (
		<fieldset
			className="card mt-6"
			aria-describedby={`${name}-hint`}
			data-question={question.id}
			tabIndex={-1}
		>
			<legend id={legendId} className="float-left w-full">
				<span className="eyebrow block">{t('quiz.question', { number, total })}</span>
				<span className="mt-1 block text-lg font-semibold">{question.prompt}</span>
			</legend>
			<p id={`${name}-hint`} className="clear-both pt-1 text-sm text-muted">
				{t(`quiz.kind.${question.type}` as const)}
			</p>
			{question.type === 'single' || question.type === 'multiple' ? (
				<ChoiceField
					question={question}
					name={name}
					answer={answer}
					order={order}
					revealed={revealed}
					onAnswer={onAnswer}
				/>
			) : question.type === 'truefalse' ? (
				<TrueFalseField
					question={question}
					name={name}
					answer={answer}
					revealed={revealed}
					onAnswer={onAnswer}
				/>
			) : question.type === 'ordering' ? (
				<OrderingField
					question={question}
					order={(answer as number[] | undefined) ?? order}
					revealed={revealed}
					onAnswer={onAnswer}
					announce={announce}
				/>
			) : (
				<MatchingField
					question={question}
					name={name}
					answer={(answer as number[] | undefined) ?? question.pairs.map(() => -1)}
					order={order}
					revealed={revealed}
					onAnswer={onAnswer}
				/>
			)}
			{error && (
				<p className="mt-2 font-semibold" role="alert">
					{error}
				</p>
			)}
			{revealed ? (
				<div className="mt-4">
					<p className="font-bold">
						{correct ? `✓ ${t('quiz.correct')}` : `✗ ${t('quiz.incorrect')}`}
					</p>
					<p className="mt-1">
						<strong>{t('quiz.explanation')}:</strong> {question.explanation}
					</p>
				</div>
			) : (
				checkable && (
					<button
						type="button"
						className="mt-4 min-h-11 rounded-md border border-accent px-4 font-semibold text-accent"
						onClick={onCheck}
						disabled={!isAnswered(question, answer) && question.type !== 'ordering'}
					>
						{t('quiz.check')}
					</button>
				)
			)}
		</fieldset>
	);
}
