import { t } from '../../i18n/client';

/** Feedback on one option: says in words (not only colour) whether it was chosen and whether it is right. */
export function OptionFeedback({
	chosen,
	correct,
	feedback,
}: {
	chosen: boolean;
	correct: boolean;
	feedback: string;
}) {
	return (
		<p
			className={`mt-1 ml-3 border-l-4 pl-3 text-sm ${correct ? 'border-l-accent' : 'border-l-focus'}`}
		>
			<strong>
				{correct ? '✓ ' : '✗ '}
				{chosen ? `${t('quiz.yourChoice')} – ` : ''}
				{correct ? t('quiz.rightAnswer') : t('quiz.incorrect')}:
			</strong>{' '}
			{feedback}
		</p>
	);
}
