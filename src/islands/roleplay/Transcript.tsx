import type { RefObject } from 'react';
import { t } from '../../i18n/client';
import type { ScenarioIndex } from '../../lib/roleplay/engine';
import type { RoleplayStep } from '../../lib/roleplay/machine';
import type { Mood } from '../../schemas/roleplay-constants';
import { moodLabel } from './labels';

interface Props {
	index: ScenarioIndex;
	history: RoleplayStep[];
	/** The node or ending the conversation is at. */
	current: string;
	/** Receives the counterpart's newest line, so focus can move there after each step. */
	focusTarget?: RefObject<HTMLElement | null>;
}

/** The conversation so far as a dialogue: the counterpart's lines and the learner's answers in turn. */
export default function Transcript({ index, history, current, focusTarget }: Props) {
	const { name } = index.scenario.counterpart;
	const node = index.nodes.get(current);
	const ending = index.endings.get(current);
	const lastMood = history.length > 0 ? index.nodes.get(history.at(-1)!.nodeId)!.mood : 'neutral';
	return (
		<ol className="transcript mt-4" aria-label={t('roleplay.conversation')}>
			{history.map((step, i) => {
				const said = index.nodes.get(step.nodeId)!;
				const answer = index.choices.get(step.choiceId)!.choice;
				return [
					<CounterpartLine
						key={`n${i}`}
						name={name}
						mood={said.mood}
						narration={said.narration}
						says={said.says}
					/>,
					<li key={`c${i}`} className="turn turn-learner">
						<p className="turn-speaker">{t('roleplay.you')}</p>
						<p>{answer.text}</p>
					</li>,
				];
			})}
			{node && (
				<CounterpartLine
					name={name}
					mood={node.mood}
					narration={node.narration}
					says={node.says}
					focusTarget={focusTarget}
				/>
			)}
			{ending?.says && <CounterpartLine name={name} mood={lastMood} says={ending.says} />}
		</ol>
	);
}

interface LineProps {
	name: string;
	mood: Mood;
	narration?: string;
	says: string;
	focusTarget?: RefObject<HTMLElement | null>;
}

function CounterpartLine({ name, mood, narration, says, focusTarget }: LineProps) {
	return (
		<li
			className="turn turn-counterpart"
			ref={focusTarget as RefObject<HTMLLIElement | null> | undefined}
			tabIndex={focusTarget ? -1 : undefined}
		>
			<p className="turn-speaker">
				{name}{' '}
				<span className="font-normal text-muted">
					· {t('roleplay.moodLabel', { mood: moodLabel(mood) })}
				</span>
			</p>
			{narration && <p className="text-muted italic">{narration}</p>}
			<p>{says}</p>
		</li>
	);
}
