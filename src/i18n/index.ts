import de from './de.json';
import { format } from './format';

/**
 * UI strings. One flat dictionary per locale (`de.json`), dotted keys, `{name}` placeholders.
 * An English locale adds `en.json` with the same keys. Server code uses `t`; islands receive
 * the subset they need (`messagesFor`) as a prop and use `./client`, so no island ships the
 * whole dictionary.
 */
export type UiKey = keyof typeof de;
export type Messages = Partial<Record<UiKey, string>>;

const dictionary: Record<UiKey, string> = de;

export function t(key: UiKey, values: Record<string, string | number | boolean> = {}): string {
	return format(dictionary[key], values);
}

/** The strings whose keys start with one of the prefixes, e.g. `messagesFor('quiz.', 'storage.')`. */
export function messagesFor(...prefixes: string[]): Messages {
	return Object.fromEntries(
		Object.entries(dictionary).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
	);
}
