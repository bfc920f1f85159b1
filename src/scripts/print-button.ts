/** A page's print button: shown and working once this script runs (without it, the browser's own print still works). */
export function enablePrintButton(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
		button.hidden = false;
		button.addEventListener('click', () => window.print());
	}
}
