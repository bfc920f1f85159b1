import type { Question } from '../../schemas/quiz';
import { t } from '../../i18n/client';

interface Props {
	question: Extract<Question, { type: 'matching' }>;
	name: string;
	/** Chosen right-side index per left item, -1 when none. */
	answer: number[];
	/** Display order of the right sides. */
	order: number[];
	revealed: boolean;
	onAnswer: (answer: number[]) => void;
}

/** One labelled select per left item: operable by keyboard and screen reader without dragging. */
export function MatchingField({ question, name, answer, order, revealed, onAnswer }: Props) {
	return (
		<ul className="mt-3 space-y-3">
			{question.pairs.map((pair, left) => {
				const id = `${name}-${left}`;
				const chosen = answer[left] ?? -1;
				return (
					<li key={left} className="rounded-md border border-line bg-surface px-3 py-2">
						<label htmlFor={id} className="block font-semibold">
							{pair.left}
						</label>
						<select
							id={id}
							className="mt-1 min-h-11 w-full rounded-md border border-line bg-canvas px-2"
							value={chosen}
							disabled={revealed}
							onChange={(event) => {
								const next = question.pairs.map((_, i) => answer[i] ?? -1);
								next[left] = Number(event.target.value);
								onAnswer(next);
							}}
						>
							<option value={-1}>{t('quiz.choose')}</option>
							{order.map((right) => (
								<option key={right} value={right}>
									{question.pairs[right]!.right}
								</option>
							))}
						</select>
						{revealed && (
							<p
								className={`mt-1 border-l-4 pl-3 text-sm ${chosen === left ? 'border-l-accent' : 'border-l-focus'}`}
							>
								<strong>
									{chosen === left ? '✓ ' : '✗ '}
									{chosen === left ? t('quiz.correct') : `${t('quiz.rightAnswer')}: ${pair.right}`}:
								</strong>{' '}
								{pair.feedback}
							</p>
						)}
					</li>
				);
			})}
		</ul>
	);
}
