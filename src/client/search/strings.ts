/**
 * UI strings of the search code. Two are needed before (or without) the index and sit on the panel
 * as data attributes; the result list's strings come with the index (SearchStringsSchema).
 */
export interface PanelStrings {
	loading: string;
	loadError: string;
}

export { format as fill } from '../../i18n/format';

export function readPanelStrings(form: HTMLElement): PanelStrings {
	const { loading, loadError } = form.dataset;
	if (!loading || !loadError) throw new Error('Suche: data-loading oder data-load-error fehlt.');
	return { loading, loadError };
}
