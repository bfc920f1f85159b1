import { useState } from 'react';
import type { Question } from '../../schemas/quiz';
import { t } from '../../i18n/client';

interface Props {
	question: Extract<Question, { type: 'ordering' }>;
	/** Authored item indices in the learner's current order. */
	order: number[];
	revealed: boolean;
	onAnswer: (order: number[]) => void;
	announce: (message: string) => void;
}

/** Reorder by buttons (keyboard, touch) or by dragging (mouse); every move is announced. */
export function OrderingField({ question, order, revealed, onAnswer, announce }: Props) {
	const [dragged, setDragged] = useState<number | null>(null);
	const move = (from: number, to: number) => {
		if (to < 0 || to >= order.length || from === to) return;
		const next = [...order];
		const [item] = next.splice(from, 1);
		next.splice(to, 0, item!);
		onAnswer(next);
		announce(
			t('quiz.moved', { item: question.items[item!]!.text, position: to + 1, total: order.length }),
		);
	};
	return (
		<ol className="mt-3 space-y-2">
			{order.map((itemIndex, position) => {
				const item = question.items[itemIndex]!;
				return (
					<li
						key={itemIndex}
						draggable={!revealed}
						onDragStart={() => setDragged(position)}
						onDragOver={(event) => event.preventDefault()}
						onDrop={(event) => {
							event.preventDefault();
							if (dragged !== null) move(dragged, position);
							setDragged(null);
						}}
						className="rounded-md border border-line bg-surface px-3 py-2"
					>
						<div className="flex items-center gap-3">
							<span className="font-semibold tabular-nums" aria-hidden="true">
								{position + 1}.
							</span>
							<span className="flex-1">{item.text}</span>
							{!revealed && (
								<span className="flex gap-1">
									{/* aria-disabled, not disabled: a button moved to the end keeps its focus (a disabled one drops it to the page). */}
									<button
										type="button"
										className="min-h-11 min-w-11 rounded-md border border-line aria-disabled:opacity-40"
										aria-label={t('quiz.moveUp', { item: item.text })}
										aria-disabled={position === 0 || undefined}
										onClick={() => move(position, position - 1)}
									>
										↑
									</button>
									<button
										type="button"
										className="min-h-11 min-w-11 rounded-md border border-line aria-disabled:opacity-40"
										aria-label={t('quiz.moveDown', { item: item.text })}
										aria-disabled={position === order.length - 1 || undefined}
										onClick={() => move(position, position + 1)}
									>
										↓
									</button>
								</span>
							)}
						</div>
						{revealed && (
							<p
								className={`mt-1 border-l-4 pl-3 text-sm ${itemIndex === position ? 'border-l-accent' : 'border-l-focus'}`}
							>
								<strong>
									{itemIndex === position ? '✓ ' : '✗ '}
									{t('quiz.rightPosition', { position: itemIndex + 1 })}:
								</strong>{' '}
								{item.feedback}
							</p>
						)}
					</li>
				);
			})}
		</ol>
	);
}
