import { links } from '../../lib/links';
import type { SearchHit, SearchOutcome } from '../../lib/search/searcher.ts';
import { highlight, snippet } from '../../lib/search/snippet.ts';
import { suggestTerms } from '../../lib/search/suggestions.ts';
import { loadSearcher, loadText, prepareQuery, type LoadedSearch } from './load-searcher.ts';
import { appendParts, element, renderResults, type RenderedOption } from './render-results.ts';
import { fill, readPanelStrings } from './strings.ts';

/**
 * Makes a search panel (SearchPanel.astro) work: a combobox per the WAI-ARIA practice. Focus stays
 * in the field; ↓/↑ move the active option (`aria-activedescendant`), Enter opens it, and the
 * field's form opens the search page when no option is active.
 *
 * Lifecycle: the index loads on attach, the term files of the words as they are typed; every input
 * renders at most once per frame, and only the latest input's results are shown; the status line
 * (a live region) changes only after typing pauses, so screen readers are not flooded; snippet
 * texts arrive afterwards and are dropped if the results changed meanwhile.
 */

export interface SearchBoxOptions {
	/** Runs before a result opens; the dialog closes itself here. */
	onNavigate?: () => void;
	/** The search page keeps `?q=` in the address in step with the field, for shared links. */
	syncAddress?: boolean;
	/** Results listed. */
	limit?: number;
	/** Offer a link to the search page when more results were found than listed. */
	allResultsLink?: boolean;
	/**
	 * Results listed per kind. Groups follow each other, so a long first group would push the second
	 * best result (of another kind) far down; the dialog keeps groups short and links to the page.
	 */
	perKind?: number;
}

const STATUS_DELAY_MS = 500;

/** How long typing must pause before a word is also searched with a typo in its first letter. */
const TYPING_PAUSE_MS = 600;

export function attachSearchBox(form: HTMLFormElement, options: SearchBoxOptions = {}): void {
	const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
	const list = form.querySelector<HTMLElement>('[data-search-list]');
	const status = form.querySelector<HTMLElement>('[data-search-status]');
	if (!input || !list || !status) throw new Error('Suche: Das Suchfeld ist unvollständig.');
	// Shown only by this script, so made by it: what to try when nothing is found, and (in the
	// dialog, which lists fewer results) the way to all of them.
	const empty = element('div', { class: 'search-empty', hidden: '' });
	const emptyLead = element('p', {});
	const suggestions = element('ul', { class: 'search-suggestions' });
	empty.append(emptyLead, suggestions);
	const all = options.allResultsLink
		? element('p', { class: 'search-note', hidden: '' })
		: undefined;
	const allLink = element('a', { href: links.search() });
	all?.append(allLink);
	list.after(...[empty, all].filter((e) => e !== undefined));
	const panelStrings = readPanelStrings(form);
	const idPrefix = list.id;
	const limit = options.limit ?? 20;

	let rendered: RenderedOption[] = [];
	let active = -1;
	let generation = 0;
	let pause: ReturnType<typeof setTimeout> | undefined;
	let frame = 0;
	let statusTimer: ReturnType<typeof setTimeout> | undefined;

	const announce = (text: string, delay = STATUS_DELAY_MS) => {
		clearTimeout(statusTimer);
		statusTimer = setTimeout(() => (status.textContent = text), delay);
	};

	function setActive(index: number) {
		rendered[active]?.element.setAttribute('aria-selected', 'false');
		active = index;
		const option = rendered[active]?.element;
		if (option) {
			option.setAttribute('aria-selected', 'true');
			input!.setAttribute('aria-activedescendant', option.id);
			option.scrollIntoView({ block: 'nearest' });
		} else input!.removeAttribute('aria-activedescendant');
	}

	function countText(outcome: SearchOutcome, strings: LoadedSearch['strings']): string {
		if (outcome.total === 1) return strings.countOne;
		if (outcome.total > outcome.hits.length)
			return fill(strings.countShown, { count: outcome.total, shown: outcome.hits.length });
		return fill(strings.countMany, { count: outcome.total });
	}

	function showSuggestions(lead: string, terms: string[]) {
		emptyLead.textContent = lead;
		suggestions.replaceChildren(
			...terms.map((term) => {
				const item = document.createElement('li');
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'search-suggestion';
				button.textContent = term;
				button.addEventListener('click', () => {
					input!.value = term;
					input!.focus();
					void run();
				});
				item.append(button);
				return item;
			}),
		);
	}

	/** Empties the result list, so that nothing stale can be chosen. */
	function clearResults() {
		rendered = [];
		active = -1;
		list!.replaceChildren();
		list!.hidden = true;
		input!.removeAttribute('aria-activedescendant');
		input!.setAttribute('aria-expanded', 'false');
	}

	/**
	 * Searches for what is in the field. While the learner types (`typing`), a word is often only
	 * half there, so a typo in its first letter (which needs every term file) is not looked for; a
	 * pause in typing searches once more with it when that needs more (see `schedule`).
	 */
	async function run({ typing = false } = {}) {
		const current = ++generation;
		const searchOptions = { firstLetterTypos: !typing };
		const query = input!.value.trim();
		if (options.syncAddress) history.replaceState(history.state, '', links.search(query));
		let loaded: LoadedSearch;
		try {
			loaded = await loadSearcher();
		} catch {
			if (current === generation) {
				clearResults();
				announce(panelStrings.loadError, 0);
			}
			return;
		}
		const { searcher, strings } = loaded;
		if (current !== generation) return;
		// The term files of the words typed; meanwhile the previous results stay on screen, and a
		// query typed since wins (what arrives for this one stays loaded for later).
		try {
			await prepareQuery(searcher, query, searchOptions);
		} catch {
			if (current === generation) {
				clearResults();
				announce(panelStrings.loadError, 0);
			}
			return;
		}
		if (current !== generation) return;
		const found: SearchOutcome = query
			? searcher.search(query, limit, searchOptions)
			: { hits: [], total: 0, words: [] };
		const outcome = { ...found, hits: capPerKind(found.hits, options.perKind ?? Infinity) };

		rendered = renderResults(list!, outcome.hits, idPrefix, strings.kinds, (text, hit) =>
			highlight(text, new Set(hit.terms)),
		);
		active = -1;
		input!.removeAttribute('aria-activedescendant');
		list!.hidden = rendered.length === 0;
		input!.setAttribute('aria-expanded', String(rendered.length > 0));
		empty.hidden = !query || rendered.length > 0;
		if (query && rendered.length === 0)
			showSuggestions(strings.suggestions, suggestTerms(searcher.documents, query));
		if (all) {
			all.hidden = outcome.total <= outcome.hits.length;
			allLink.textContent = strings.all;
			allLink.href = links.search(query);
		}
		announce(
			query
				? rendered.length > 0
					? countText(outcome, strings)
					: fill(strings.noResults, { query })
				: '',
		);

		for (const option of rendered)
			void loadText(searcher, option.hit.ref).then((text) => {
				if (current === generation)
					appendParts(option.snippet, snippet(text, new Set(option.hit.terms)));
			});
	}

	/** At most one search per frame, however fast the learner types; once typing pauses, one more if a first-letter typo needs it. */
	function schedule() {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => void run({ typing: true }));
		clearTimeout(pause);
		pause = setTimeout(() => {
			void loadSearcher().then(
				({ searcher }) => {
					if (searcher.termFilesFor(input!.value.trim()).length > 0) void run();
				},
				() => {},
			);
		}, TYPING_PAUSE_MS);
	}

	function follow(option: RenderedOption) {
		options.onNavigate?.();
		location.assign(option.element.href);
	}

	input.addEventListener('input', schedule);
	input.addEventListener('keydown', (event) => {
		const count = rendered.length;
		if (event.key === 'ArrowDown' && count > 0) {
			event.preventDefault();
			setActive((active + 1) % count);
		} else if (event.key === 'ArrowUp' && count > 0) {
			event.preventDefault();
			setActive(active <= 0 ? count - 1 : active - 1);
		} else if (event.key === 'Enter' && active >= 0) {
			event.preventDefault();
			follow(rendered[active]!);
		}
	});
	list.addEventListener('click', (event) => {
		const plainClick =
			event instanceof MouseEvent &&
			event.button === 0 &&
			!event.ctrlKey &&
			!event.metaKey &&
			!event.shiftKey;
		if (plainClick && event.target instanceof Element && event.target.closest('[role="option"]'))
			options.onNavigate?.();
	});
	// With a result list on screen, the search page needs no reload to search.
	if (options.syncAddress)
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void run();
		});

	status.textContent = panelStrings.loading;
	void loadSearcher().then(
		() => {
			status.textContent = '';
			void run();
		},
		() => announce(panelStrings.loadError, 0),
	);
}

/** The best `perKind` hits of each kind, in ranking order. */
function capPerKind(hits: SearchHit[], perKind: number): SearchHit[] {
	const counts = new Map<string, number>();
	return hits.filter((hit) => {
		const count = (counts.get(hit.document.kind) ?? 0) + 1;
		counts.set(hit.document.kind, count);
		return count <= perKind;
	});
}
