/**
 * Path pages: each module's status and the path's overall percentage, from the learner's stored
 * progress. The store loads when the page is idle; until then the page reads as it was built.
 */
import type { PathMeta } from '../lib/content/progress-meta';

const box = document.querySelector<HTMLElement>('[data-path-meta]');
if (box?.dataset.pathMeta) {
	const meta = JSON.parse(box.dataset.pathMeta) as PathMeta;
	const fill = (template = '', values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
	const start = async () => {
		const [{ openProgressStore }, { moduleStatus, pathProgress }, { watchStorageNotices }] = await Promise.all([
			import('../lib/progress/store'),
			import('../lib/progress/completion'),
			import('./storage-notice-watch'),
		]);
		const store = await openProgressStore();
		watchStorageNotices(store);
		const render = () => {
			const state = store.getState();
			for (const module of meta.modules) {
				const target = document.querySelector<HTMLElement>(`[data-module-state="${CSS.escape(module.id)}"]`);
				if (!target) continue;
				const status = moduleStatus(state, module);
				const quiz = status.quizPassed === null ? '' : (status.quizPassed ? box.dataset.quizPassed : box.dataset.quizOpen) ?? '';
				target.textContent =
					status.status === 'completed'
						? (box.dataset.completed ?? '')
						: status.status === 'in-progress'
							? fill(box.dataset.inProgress, { read: status.sectionsRead, total: status.sectionsTotal, quiz })
							: (box.dataset.notStarted ?? '');
				target.dataset.status = status.status;
			}
			const progress = pathProgress(state, meta.modules);
			box.querySelector('progress')?.setAttribute('value', String(progress.percent));
			const summary = box.querySelector<HTMLElement>('[data-path-summary]');
			if (summary) summary.textContent = fill(box.dataset.progress, progress);
			const certificate = box.querySelector<HTMLElement>('[data-path-certificate]');
			if (certificate) certificate.hidden = progress.completed < progress.total;
			box.hidden = false;
		};
		render();
		store.subscribe(render);
	};
	if ('requestIdleCallback' in window) requestIdleCallback(() => void start(), { timeout: 1500 });
	else setTimeout(() => void start(), 100);
}
