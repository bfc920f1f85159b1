import de from './de.json';

/**
 * UI strings. One flat dictionary per locale (`de.json`), dotted keys, `{name}` placeholders.
 * An English locale adds `en.json` with the same keys.
 */
export type UiKey = keyof typeof de;

const dictionary: Record<UiKey, string> = de;

export function t(key: UiKey, values: Record<string, string | number> = {}): string {
	return dictionary[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
		name in values ? String(values[name]) : placeholder,
	);
}
