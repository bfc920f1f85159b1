/**
 * Module pages: marks a section as read once the learner has scrolled to its end, shows the module's
 * status, offers "mark as read", and remembers the page for "continue where you left off".
 * The store (and its validation) loads after the page is idle or on the first section read,
 * so a module's first view ships only this small script.
 */
import type { ModuleMeta } from '../lib/progress/completion';
import { mountIslandsWhenVisible } from './mount-islands';
import { format } from '../i18n/format';

type Store = import('../client/progress/store').ProgressStore;

const article = document.querySelector<HTMLElement>('article[data-module]');
const metaJson = article?.dataset.moduleMeta;
if (article && metaJson) {
	const meta = JSON.parse(metaJson) as ModuleMeta;
	let storePromise: Promise<Store> | undefined;
	const loadStore = () =>
		(storePromise ??= Promise.all([
			import('../client/progress/store'),
			import('../client/storage-notice-watch'),
		]).then(async ([{ openProgressStore }, { watchStorageNotices }]) => {
			const store = await openProgressStore();
			watchStorageNotices(store);
			return store;
		}));

	// A section counts as read when the start of the next one (or the end of the text) comes into view.
	const content = article.querySelector('.prose-course');
	const headings = meta.sections
		.map((slug) => document.getElementById(slug))
		.filter((h): h is HTMLElement => h !== null);
	const endMarker = article.querySelector<HTMLElement>('[data-module-end]');
	const ends = new Map<Element, string>();
	headings.forEach((heading, index) => {
		const end = headings[index + 1] ?? content?.querySelector('[data-quiz]') ?? endMarker;
		if (end) ends.set(end, heading.id);
	});
	const observer = new IntersectionObserver((entries) => {
		const read = entries
			.filter((entry) => entry.isIntersecting)
			.map((entry) => ends.get(entry.target)!);
		if (read.length === 0) return;
		for (const entry of entries) if (entry.isIntersecting) observer.unobserve(entry.target);
		void loadStore().then((store) => store.markSectionsRead(meta.id, read));
	});
	for (const end of ends.keys()) observer.observe(end);

	const statusBox = article.querySelector<HTMLElement>('[data-module-status]');
	const markButton = article.querySelector<HTMLButtonElement>('[data-mark-read]');
	const start = () =>
		void loadStore().then(async (store) => {
			const { moduleStatus } = await import('../lib/progress/completion');
			store.visitModule(meta.id, { href: location.pathname, title: meta.title });
			const render = () => {
				if (!statusBox) return;
				const status = moduleStatus(store.getState(), meta);
				const text =
					statusBox.dataset[status.status === 'completed' ? 'completed' : 'progress'] ?? '';
				const quiz =
					status.quizPassed === null
						? ''
						: (statusBox.dataset[status.quizPassed ? 'quizPassed' : 'quizOpen'] ?? '');
				statusBox.textContent = format(text, {
					read: status.sectionsRead,
					total: status.sectionsTotal,
					quiz,
				});
				statusBox.dataset.status = status.status;
				// Hidden by visibility, not removed: the row keeps its size, so nothing below it moves.
				markButton?.classList.toggle('invisible', status.sectionsRead === status.sectionsTotal);
			};
			render();
			store.subscribe(render);
			markButton?.addEventListener('click', () => {
				store.markModuleRead(meta.id);
				statusBox?.focus(); // the button disappears; the status tells what happened
			});
		});
	mountIslandsWhenVisible();

	if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
	else setTimeout(start, 200);
}
