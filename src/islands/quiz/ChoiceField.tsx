import type { Question } from '../../schemas/quiz';
import { t } from '../../i18n/client';
import type { Answer } from '../../lib/quiz/scoring';
import { OptionFeedback } from './OptionFeedback';

type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' }>;

interface Props {
	question: ChoiceQuestion;
	name: string;
	answer: Answer;
	order: number[];
	revealed: boolean;
	onAnswer: (answer: Answer) => void;
}

/** Radio buttons (one right answer) or checkboxes (several), in display order. */
export function ChoiceField({ question, name, answer, order, revealed, onAnswer }: Props) {
	const multiple = question.type === 'multiple';
	const chosen = new Set(
		multiple
			? ((answer as number[] | undefined) ?? [])
			: typeof answer === 'number'
				? [answer]
				: [],
	);
	const toggle = (index: number) => {
		if (!multiple) return onAnswer(index);
		const next = new Set(chosen);
		if (next.has(index)) next.delete(index);
		else next.add(index);
		onAnswer([...next].sort((a, b) => a - b));
	};
	return (
		<ul className="mt-3 space-y-2">
			{order.map((index) => {
				const option = question.options[index]!;
				const id = `${name}-${index}`;
				return (
					<li key={index}>
						<label
							htmlFor={id}
							className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-line bg-surface px-3 py-2"
						>
							<input
								id={id}
								type={multiple ? 'checkbox' : 'radio'}
								name={name}
								className="mt-1.5 size-4 shrink-0 accent-accent"
								checked={chosen.has(index)}
								disabled={revealed}
								onChange={() => toggle(index)}
							/>
							<span>{option.text}</span>
						</label>
						{revealed && (chosen.has(index) || option.correct) && (
							<OptionFeedback
								chosen={chosen.has(index)}
								correct={option.correct}
								feedback={option.feedback}
							/>
						)}
					</li>
				);
			})}
		</ul>
	);
}

export function TrueFalseField({
	question,
	name,
	answer,
	revealed,
	onAnswer,
}: Omit<Props, 'question' | 'order'> & { question: Extract<Question, { type: 'truefalse' }> }) {
	const values = [true, false] as const;
	return (
		<ul className="mt-3 space-y-2">
			{values.map((value) => {
				const id = `${name}-${value}`;
				return (
					<li key={String(value)}>
						<label
							htmlFor={id}
							className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line bg-surface px-3 py-2"
						>
							<input
								id={id}
								type="radio"
								name={name}
								className="size-4 accent-accent"
								checked={answer === value}
								disabled={revealed}
								onChange={() => onAnswer(value)}
							/>
							<span>{value ? t('quiz.true') : t('quiz.false')}</span>
						</label>
						{revealed && (answer === value || question.answer === value) && (
							<OptionFeedback
								chosen={answer === value}
								correct={question.answer === value}
								feedback={value ? question.feedbackTrue : question.feedbackFalse}
							/>
						)}
					</li>
				);
			})}
		</ul>
	);
}
