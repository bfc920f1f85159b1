import { isTypingTarget, isSearchShortcut } from '../../client/search/shortcuts';

// A custom element, so the dialog works on every page without a framework. The search code is
// imported on first open: pages carry only this script until the learner searches.
class SearchDialog extends HTMLElement {
	#returnFocus: HTMLElement | null = null;
	#attached: Promise<unknown> | undefined;

	connectedCallback() {
		const open = this.querySelector<HTMLButtonElement>('[data-search-open]');
		const dialog = this.querySelector('dialog');
		if (!open || !dialog) return;
		open.hidden = false;
		open.addEventListener('click', () => this.open());
		this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
		dialog.addEventListener('close', () => this.#returnFocus?.focus());
		// Escape closes at once, even from the search field (whose own Escape would first clear it)
		// and before the search code has arrived.
		dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			dialog.close();
		});
		// A click on the backdrop closes the dialog, as Escape does. The backdrop's clicks target the
		// dialog itself, and so do clicks on its padding: only those outside its box count.
		dialog.addEventListener('click', (event) => {
			const box = dialog.getBoundingClientRect();
			const outside =
				event.clientX < box.left ||
				event.clientX > box.right ||
				event.clientY < box.top ||
				event.clientY > box.bottom;
			if (event.target === dialog && outside) dialog.close();
		});
		document.addEventListener('keydown', (event) => {
			if (
				dialog.open ||
				!isSearchShortcut(event) ||
				(event.key === '/' && isTypingTarget(event.target))
			)
				return;
			event.preventDefault();
			// On the search page, the shortcut goes to the page's own search field.
			const pageInput = document.querySelector<HTMLInputElement>(
				'[data-search-panel="page"] input',
			);
			if (pageInput) pageInput.focus();
			else this.open();
		});
	}

	open() {
		const dialog = this.querySelector('dialog');
		const form = dialog?.querySelector('form');
		if (!dialog || !form || dialog.open) return;
		this.#returnFocus =
			document.activeElement instanceof HTMLElement ? document.activeElement : null;
		dialog.showModal();
		form.querySelector('input')?.focus();
		this.#attached ??= import('../../client/search/search-box')
			.then(({ attachSearchBox }) =>
				attachSearchBox(form, {
					onNavigate: () => dialog.close(),
					perKind: 5,
					allResultsLink: true,
				}),
			)
			.catch(() => {
				// The search code did not arrive (offline?): say so, and try again on the next opening.
				this.#attached = undefined;
				const status = form.querySelector('[data-search-status]');
				if (status) status.textContent = form.dataset.loadError ?? '';
			});
	}
}
customElements.define('search-dialog', SearchDialog);
