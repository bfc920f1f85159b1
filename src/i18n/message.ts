import type { UiKey } from './index';

/**
 * Something to tell the learner, as a key of de.json and the values of its placeholders. Pure code
 * (lib, the store) says what happened; the page or island that shows it words it, with `t` or
 * the strings it was given, so no German sits in the logic.
 */
export interface Message {
	key: UiKey;
	values?: Record<string, string | number>;
}

export const message = (key: UiKey, values?: Message['values']): Message =>
	values ? { key, values } : { key };
