/**
 * The reader's colour-scheme choice. Stored under `bzw:theme` as "light" or "dark";
 * absent means "follow the system". `public/theme-init.js` reads the same key before first paint
 * (it must stay a classic script to avoid a flash), so keep the two in step.
 */
export const THEME_KEY = 'bzw:theme';
export type Theme = 'light' | 'dark';

export function readTheme(): Theme | undefined {
	try {
		const value = localStorage.getItem(THEME_KEY);
		return value === 'light' || value === 'dark' ? value : undefined;
	} catch {
		return undefined; // storage blocked: follow the system
	}
}

/** Returns false when the choice could not be saved (it still applies to this page). */
export function saveTheme(theme: Theme): boolean {
	try {
		localStorage.setItem(THEME_KEY, theme);
		return true;
	} catch {
		return false;
	}
}

export function effectiveTheme(root: HTMLElement = document.documentElement): Theme {
	const chosen = root.dataset.theme;
	if (chosen === 'light' || chosen === 'dark') return chosen;
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
