import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { provideMessages, t } from '../../i18n/client';
import type { Messages } from '../../i18n';
import { indexScenario } from '../../lib/roleplay/engine';
import { ENDING_TAG, createRoleplayMachine } from '../../lib/roleplay/machine';
import type { Roleplay } from '../../schemas/roleplay';
import { meterLabel, signed } from '../roleplay/labels';
import Debrief, { preloadDebrief } from '../roleplay/LazyDebrief';
import MeterPanel from '../roleplay/MeterPanel';
import Transcript from '../roleplay/Transcript';
import { openRoomChannel, type RoomState } from './room-channel';
import { newRunSeed, orderChoices } from '../../lib/roleplay/choice-order';

/**
 * A role-play played with the whole seminar room. On the projector: the large transcript, the options
 * for discussion with the room's tally, the debrief at the end. In the presenter view: each option's
 * effects and "why", a field per option for the tally, and the button that plays the chosen option.
 * Nothing is stored: a run in the room is not a learner's progress.
 */
export default function RoomRoleplay({
	scenarioId,
	scenario,
	role,
	messages,
}: {
	scenarioId: string;
	scenario: Roleplay;
	role: 'audience' | 'presenter';
	messages: Messages;
}) {
	provideMessages(messages);
	const index = useMemo(() => indexScenario(scenario), [scenario]);
	const machine = useMemo(
		() => createRoleplayMachine(scenario).provide({ actions: { recordRun: () => {} } }),
		[scenario],
	);
	// Rendered at build time and hydrated: the first order must be the same on server and client. The
	// presenter view draws the run's own order once its channel is open and hands it to the projector.
	const actor = useActorRef(machine, {
		input: { startedAt: new Date().toISOString(), seed: `raum:${scenarioId}` },
	});
	const snapshot = useSelector(actor, (s) => s);
	const [tally, setTally] = useState<Record<string, number>>({});
	// The server-rendered controls stay disabled until the channel is open: a count typed or an option
	// played before then would reach no one.
	const [ready, setReady] = useState(false);
	const channel = useRef<ReturnType<typeof openRoomChannel>>(undefined);
	const debriefFocus = useRef<HTMLElement | null>(null);

	/** Brings the machine to the given path of choices and choice order (the presenter's state). */
	const replay = (path: string[], seed: string) => {
		actor.send({ type: 'user.restart', startedAt: new Date().toISOString(), seed });
		for (const choiceId of path) actor.send({ type: 'user.choose', choiceId });
	};
	// The channel's handlers are made once; they read the tally through a ref so a late projector gets today's count.
	const tallyRef = useRef(tally);
	tallyRef.current = tally;
	const currentState = (): RoomState => ({
		path: actor.getSnapshot().context.history.map((step) => step.choiceId),
		seed: actor.getSnapshot().context.seed,
		tally: tallyRef.current,
	});

	useEffect(() => {
		channel.current = openRoomChannel(
			scenarioId,
			(state) => {
				replay(state.path, state.seed);
				setTally(state.tally);
			},
			role === 'presenter' ? () => channel.current?.send(currentState()) : undefined,
		);
		if (role === 'audience') channel.current.hello();
		else {
			// The presenter starts the room's run with an order of its own and tells any open projector.
			actor.send({ type: 'user.restart', startedAt: new Date().toISOString(), seed: newRunSeed() });
			channel.current.send(currentState());
		}
		setReady(true);
		return () => channel.current?.close();
		// Opened once per scenario and role; the handlers read the actor and the tally ref, never stale state.
	}, [scenarioId, role]);

	const publish = (state: RoomState) => channel.current?.send(state);
	const { context } = snapshot;
	const at = String(snapshot.value);
	const node = index.nodes.get(at);
	const choices = node
		? orderChoices(context.seed, node.id, node.choices).filter((choice) =>
				snapshot.can({ type: 'user.choose', choiceId: choice.id }),
			)
		: [];
	const letter = (i: number) => String.fromCharCode(65 + i);
	const path = context.history.map((step) => step.choiceId);
	const started = path.length > 0 || snapshot.hasTag(ENDING_TAG);
	useEffect(() => {
		if (started) preloadDebrief();
	}, [started]);

	const play = (choiceId: string) => {
		actor.send({ type: 'user.choose', choiceId });
		publish({ path: [...path, choiceId], seed: context.seed, tally });
	};
	const back = () => {
		actor.send({ type: 'user.back' });
		publish({ path: path.slice(0, -1), seed: context.seed, tally });
	};
	const setCount = (choiceId: string, value: string) => {
		const count = Math.max(0, Math.min(999, Math.trunc(Number(value)) || 0));
		const next = { ...tally, [choiceId]: count };
		setTally(next);
		publish({ path, seed: context.seed, tally: next });
	};

	return (
		<div className={`room room-${role}`} data-room-ready={ready ? '' : undefined}>
			<section aria-labelledby="raum-gespraech">
				<h2 id="raum-gespraech" className="font-serif text-2xl">
					{t('roleplay.conversation')}
				</h2>
				<Transcript index={index} history={context.history} current={at} />
			</section>
			{node && (
				<section aria-labelledby="raum-optionen" className="mt-6">
					<h2 id="raum-optionen" className="text-xl font-bold">
						{t('roleplay.choicesTitle')}
					</h2>
					<ol className="mt-3 grid gap-3">
						{choices.map((choice, i) => (
							<li key={choice.id} className="card" data-choice={choice.id}>
								<p className="text-lg">
									<strong>{letter(i)}</strong> {choice.text}
								</p>
								{role === 'audience' && (tally[choice.id] ?? 0) > 0 && (
									<p className="mt-1 font-semibold">
										{t('room.votes', { count: tally[choice.id] ?? 0 })}
									</p>
								)}
								{role === 'presenter' && (
									<div className="mt-2 grid gap-2 text-base">
										<p>
											<strong>{t('room.effects')}:</strong>{' '}
											{Object.entries(choice.effects).length === 0
												? t('room.noEffects')
												: Object.entries(choice.effects)
														.map(
															([meter, delta]) =>
																`${meterLabel(meter as never)} ${signed(delta as number)}`,
														)
														.join(', ')}
										</p>
										<p>
											<strong>{t('room.why')}:</strong> {choice.why}
										</p>
										<div className="flex flex-wrap items-end gap-3">
											<label className="grid">
												<span>{t('room.tallyLabel', { option: letter(i) })}</span>
												<input
													type="number"
													min={0}
													max={999}
													inputMode="numeric"
													className="min-h-11 w-28 rounded-md border border-line bg-canvas px-2"
													value={tally[choice.id] ?? 0}
													disabled={!ready}
													onChange={(event) => setCount(choice.id, event.target.value)}
												/>
											</label>
											<button
												type="button"
												className="button"
												disabled={!ready}
												onClick={() => play(choice.id)}
											>
												{t('room.play', { option: letter(i) })}
											</button>
										</div>
									</div>
								)}
							</li>
						))}
					</ol>
				</section>
			)}
			{snapshot.hasTag(ENDING_TAG) && (
				<Debrief index={index} path={path} focusTarget={debriefFocus} />
			)}
			{role === 'presenter' && (
				<>
					<p className="mt-4">
						<button
							type="button"
							className="min-h-11 rounded-md border border-line px-4"
							onClick={back}
							disabled={!ready || path.length === 0}
						>
							{t('roleplay.back')}
						</button>
					</p>
					<aside className="mt-6" aria-label={t('roleplay.metersTitle')}>
						<MeterPanel meters={context.meters} changes={[]} />
					</aside>
				</>
			)}
		</div>
	);
}
