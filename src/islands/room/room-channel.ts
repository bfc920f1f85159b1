/**
 * Keeps the projector and the presenter view of a role-play in the room on the same step. The
 * presenter decides; it broadcasts the path of choices played so far and the room's tally. A
 * projector that opens later asks for the current state.
 */
export interface RoomState {
	path: string[];
	/** The run's choice-order seed: projector and presenter view show the options in the same order. */
	seed: string;
	/** Choice id → how many in the room chose it at its step. */
	tally: Record<string, number>;
}

type RoomMessage = { type: 'state'; state: RoomState } | { type: 'hello' };

const isState = (value: unknown): value is RoomState => {
	const state = value as RoomState;
	return (
		typeof value === 'object' &&
		value !== null &&
		Array.isArray(state.path) &&
		state.path.every((id) => typeof id === 'string') &&
		typeof state.seed === 'string' &&
		typeof state.tally === 'object' &&
		state.tally !== null &&
		Object.values(state.tally).every((n) => Number.isInteger(n) && n >= 0)
	);
};

export function openRoomChannel(
	scenarioId: string,
	onState: (state: RoomState) => void,
	onHello?: () => void,
) {
	if (typeof BroadcastChannel === 'undefined')
		return { send: () => {}, hello: () => {}, close: () => {} };
	const channel = new BroadcastChannel(`bzw-rollenspiel-raum-${scenarioId}`);
	channel.addEventListener('message', (event: MessageEvent<RoomMessage>) => {
		const message = event.data;
		if (message?.type === 'state' && isState(message.state)) onState(message.state);
		else if (message?.type === 'hello') onHello?.();
	});
	return {
		send: (state: RoomState) => channel.postMessage({ type: 'state', state } satisfies RoomMessage),
		hello: () => channel.postMessage({ type: 'hello' } satisfies RoomMessage),
		close: () => channel.close(),
	};
}
