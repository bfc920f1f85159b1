// The header's menu button on narrow screens (global.css, "Header"): a disclosure that shows and
// hides the navigation. Wide screens show the navigation and no button; without JavaScript the
// navigation is always shown (the collapse needs the `js` class that public/theme-init.js sets).
class SiteMenu extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('[data-menu-button]');
		if (!button) return;
		const setOpen = (open: boolean) => {
			button.setAttribute('aria-expanded', String(open));
			this.toggleAttribute('data-open', open);
		};
		button.addEventListener('click', () =>
			setOpen(button.getAttribute('aria-expanded') !== 'true'),
		);
		// Escape closes the open menu from anywhere in it and gives focus back to the button.
		this.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
			setOpen(false);
			button.focus();
		});
		// Focus leaving the menu (Tab past its last link) closes it, so it never covers the page.
		this.addEventListener('focusout', (event) => {
			if (!this.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null)
				setOpen(false);
		});
	}
}
customElements.define('site-menu', SiteMenu);
