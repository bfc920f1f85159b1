import { effectiveTheme, saveTheme } from '../../client/theme-preference';

// A custom element: no framework for a two-state toggle. Hidden until this script runs,
// so readers without JavaScript never see a button that does nothing.
class ThemeToggle extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		const sync = () => button.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
		button.hidden = false;
		sync();
		button.addEventListener('click', () => {
			const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
			document.documentElement.dataset.theme = next;
			saveTheme(next);
			sync();
		});
		matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
	}
}
customElements.define('theme-toggle', ThemeToggle);
