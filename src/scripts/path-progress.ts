/**
 * Path pages: each module's status and the path's overall percentage, from the learner's stored
 * progress. The store loads when the page is idle; until then the page reads as it was built.
 */
import type { PathMeta } from '../lib/progress/path-completion';
import { format } from '../i18n/format';

const box = document.querySelector<HTMLElement>('[data-path-meta]');
if (box?.dataset.pathMeta) {
	const meta = JSON.parse(box.dataset.pathMeta) as PathMeta;
	const fill = (template: string | undefined, values: Record<string, string | number>) =>
		format(template ?? '', values);
	const start = async () => {
		const [
			{ openProgressStore },
			{ moduleStatus },
			{ pathCompletion },
			{ watchStorageNotices },
			{ gainValues, learningGain },
		] = await Promise.all([
			import('../client/progress/store'),
			import('../lib/progress/completion'),
			import('../lib/progress/path-completion'),
			import('../client/storage-notice-watch'),
			import('../lib/quiz/learning-gain'),
		]);
		const store = await openProgressStore();
		watchStorageNotices(store);
		const render = () => {
			const state = store.getState();
			for (const module of meta.modules) {
				const target = document.querySelector<HTMLElement>(
					`[data-module-state="${CSS.escape(module.id)}"]`,
				);
				if (!target) continue;
				const status = moduleStatus(state, module);
				const quiz =
					status.quizPassed === null
						? ''
						: ((status.quizPassed ? box.dataset.quizPassed : box.dataset.quizOpen) ?? '');
				target.textContent =
					status.status === 'completed'
						? (box.dataset.completed ?? '')
						: status.status === 'in-progress'
							? fill(box.dataset.inProgress, {
									read: status.sectionsRead,
									total: status.sectionsTotal,
									quiz,
								})
							: (box.dataset.notStarted ?? '');
				target.dataset.status = status.status;
			}
			const path = pathCompletion(state, meta.modules, meta.tests);
			const values = {
				completed: path.modulesCompleted,
				total: path.modulesTotal,
				percent: path.percent,
			};
			box.querySelector('progress')?.setAttribute('value', String(path.percent));
			const summary = box.querySelector<HTMLElement>('[data-path-summary]');
			if (summary)
				summary.textContent = fill(
					path.complete
						? box.dataset.progressDone
						: path.finalTestOpen
							? box.dataset.progress
							: box.dataset.progressModules,
					values,
				);
			const certificate = box.querySelector<HTMLElement>('[data-path-certificate]');
			if (certificate) certificate.hidden = !path.complete;
			const cell = (name: string) =>
				document.querySelector<HTMLElement>(`[data-test-score="${name}"]`);
			const score = (best: number | undefined) =>
				best === undefined ? (box.dataset.notTaken ?? '') : `${best} %`;
			const gain = learningGain(path.entry, path.final);
			if (cell('entry')) cell('entry')!.textContent = score(path.entry.first);
			if (cell('final')) cell('final')!.textContent = score(path.final.best);
			if (cell('gain'))
				cell('gain')!.textContent =
					gain === undefined ? '–' : fill(box.dataset.gain, gainValues(gain));
			const entryLink = document.querySelector<HTMLElement>('[data-test-link="entry"]');
			if (entryLink) entryLink.hidden = path.entry.attempts > 0 || path.final.attempts > 0;
			box.hidden = false;
		};
		render();
		store.subscribe(render);
	};
	if ('requestIdleCallback' in window) requestIdleCallback(() => void start(), { timeout: 1500 });
	else setTimeout(() => void start(), 100);
}
