import { format } from './format';
import type { Messages, UiKey } from './index';

/**
 * `t` for islands: reads the strings the page passed in (see `messagesFor`) instead of bundling
 * the whole dictionary. A key the page forgot to pass shows as the key itself, easy to spot.
 */
const loaded: Messages = {};

export function provideMessages(messages: Messages): void {
	Object.assign(loaded, messages);
}

export function t(key: UiKey, values: Record<string, string | number | boolean> = {}): string {
	const template = loaded[key];
	return template === undefined ? key : format(template, values);
}
