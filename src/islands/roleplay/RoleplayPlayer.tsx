import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/client';
import { meterChanges } from '../../lib/roleplay/meters';
import type { RoleplaySession } from '../../lib/roleplay/session';
import type { MeterValues } from '../../schemas/roleplay-constants';
import { ENDING_TAG } from '../../lib/roleplay/machine';
import Debrief, { preloadDebrief } from './LazyDebrief';
import { changeText } from './labels';
import MeterPanel from './MeterPanel';
import Transcript from './Transcript';
import { newRunSeed, orderChoices } from '../../lib/roleplay/choice-order';

/**
 * Plays one scenario: the transcript with the choices on offer, the meters beside it, and the
 * debrief at an ending. Every change of state is saved through the session's persistence.
 */
export default function RoleplayPlayer({ session }: { session: RoleplaySession }) {
	const { index, machine, persistence, scenarioId, now } = session;
	const actor = useActorRef(machine, {
		snapshot: session.snapshot,
		input: { startedAt: now().toISOString(), seed: newRunSeed() },
	});
	const snapshot = useSelector(actor, (s) => s);
	const [announcement, setAnnouncement] = useState('');
	const focusTarget = useRef<HTMLElement | null>(null);
	const [focusRequest, setFocusRequest] = useState(0);

	useEffect(() => {
		const subscription = actor.subscribe(() => {
			try {
				persistence.saveSnapshot(scenarioId, actor.getPersistedSnapshot());
			} catch {
				// The store reports failed writes itself; the conversation goes on in memory.
			}
		});
		return () => subscription.unsubscribe();
	}, [actor, persistence, scenarioId]);

	// Announced after mounting: a live region only speaks about changes, not what it starts with.
	useEffect(() => {
		if (session.notice) setAnnouncement(t(`roleplay.${session.notice}`));
	}, [session.notice]);

	const started = snapshot.context.history.length > 0 || snapshot.hasTag(ENDING_TAG);
	useEffect(() => {
		if (started) preloadDebrief();
	}, [started]);

	// After a choice, going back or restarting, focus the counterpart's newest line (or the debrief).
	useEffect(() => {
		if (focusRequest > 0) focusTarget.current?.focus();
	}, [focusRequest]);

	const { context } = snapshot;
	const at = String(snapshot.value);
	const atEnding = snapshot.hasTag(ENDING_TAG);
	const node = index.nodes.get(at);
	// The machine's guards decide what is on offer.
	const choices = node
		? orderChoices(snapshot.context.seed, node.id, node.choices).filter((choice) =>
				snapshot.can({ type: 'user.choose', choiceId: choice.id }),
			)
		: [];
	const previous = context.history.at(-1);
	const lastChanges = previous ? meterChanges(previous.meters, context.meters) : [];

	const act = (send: () => void, describe: (before: MeterValues, after: MeterValues) => string) => {
		const before = actor.getSnapshot().context.meters;
		send();
		setAnnouncement(describe(before, actor.getSnapshot().context.meters));
		setFocusRequest((n) => n + 1);
	};
	const choose = (choiceId: string) =>
		act(
			() => actor.send({ type: 'user.choose', choiceId }),
			(before, after) => {
				const changes = meterChanges(before, after);
				return changes.length > 0 ? changes.map(changeText).join('; ') : t('roleplay.noChange');
			},
		);
	const back = () =>
		act(
			() => actor.send({ type: 'user.back' }),
			() => t('roleplay.wentBack'),
		);
	const restart = () =>
		act(
			() =>
				actor.send({ type: 'user.restart', startedAt: now().toISOString(), seed: newRunSeed() }),
			() => t('roleplay.restarted'),
		);

	const controls = (
		<div className="mt-6 flex flex-wrap gap-3">
			<button
				type="button"
				className="button-secondary"
				onClick={back}
				disabled={context.history.length === 0}
			>
				{t('roleplay.back')}
			</button>
			<button
				type="button"
				className="button-secondary"
				onClick={restart}
				disabled={context.history.length === 0}
			>
				{t('roleplay.restart')}
			</button>
		</div>
	);

	return (
		<div className="roleplay mt-8 lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-x-10">
			<p role="status" className="sr-only">
				{announcement}
			</p>
			{session.notice && (
				<p className="card mb-6 lg:col-span-2" data-notice={session.notice}>
					{t(`roleplay.${session.notice}` as const)}
				</p>
			)}
			<section aria-labelledby="gespraech" className="min-w-0">
				<h2 id="gespraech" className="font-serif text-2xl">
					{t('roleplay.conversation')}
				</h2>
				<Transcript
					index={index}
					history={context.history}
					current={at}
					focusTarget={atEnding ? undefined : focusTarget}
				/>
				{node && (
					<section aria-labelledby="auswahl" className="mt-6">
						<h3 id="auswahl" className="text-lg font-bold">
							{t('roleplay.choicesTitle')}
						</h3>
						<ul className="mt-3 grid gap-3">
							{choices.map((choice) => (
								<li key={choice.id}>
									<button type="button" className="choice" onClick={() => choose(choice.id)}>
										{choice.text}
									</button>
								</li>
							))}
						</ul>
					</section>
				)}
				{atEnding && (
					<Debrief
						index={index}
						path={context.history.map((step) => step.choiceId)}
						focusTarget={focusTarget}
						focusOnMount={focusRequest > 0}
					/>
				)}
				{controls}
			</section>
			<aside aria-labelledby="messwerte" className="mt-10 lg:mt-0">
				<div className="lg:sticky lg:top-4">
					<MeterPanel meters={context.meters} changes={lastChanges} />
				</div>
			</aside>
		</div>
	);
}
