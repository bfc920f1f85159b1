/**
 * Certificate page: checks from stored progress that the path is complete, asks for the name to
 * print, and fills the certificate. The name is shown as text only and never stored.
 */
import type { PathMeta } from '../lib/progress/path-completion';
import { format } from '../i18n/format';
import { verificationCode } from '../lib/certificate/verification-code';

const root = document.querySelector<HTMLElement>('[data-certificate]');
if (root?.dataset.pathMeta) {
	const meta = JSON.parse(root.dataset.pathMeta) as PathMeta;
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	void Promise.all([
		import('../client/progress/store'),
		import('../lib/progress/completion'),
		import('../lib/progress/path-completion'),
		import('../client/storage-notice-watch'),
	]).then(
		async ([
			{ openProgressStore },
			{ moduleStatus, quizStats },
			{ pathCompletion },
			{ watchStorageNotices },
		]) => {
			const store = await openProgressStore();
			watchStorageNotices(store);
			const state = store.getState();
			const progress = pathCompletion(state, meta.modules, meta.tests);
			if (!progress.complete) {
				$('[data-incomplete-text]').textContent = format(root.dataset.notComplete ?? '', {
					completed: progress.modulesCompleted,
					total: progress.modulesTotal,
				});
				const list = $('[data-missing]');
				for (const module of meta.modules.filter(
					(m) => moduleStatus(state, m).status !== 'completed',
				)) {
					const item = document.createElement('li');
					const link = document.createElement('a');
					link.href = module.href;
					link.textContent = module.title;
					item.append(link);
					list.append(item);
				}
				if (!progress.final.passed) {
					const item = document.createElement('li');
					const link = document.createElement('a');
					link.href = meta.tests.finalHref;
					link.textContent = root.dataset.finalTest ?? '';
					item.append(link);
					list.append(item);
				}
				$('[data-incomplete]').hidden = false;
				return;
			}
			const form = $<HTMLFormElement>('[data-name-form]');
			form.hidden = false;
			form.addEventListener('submit', (event) => {
				event.preventDefault();
				const input = form.querySelector<HTMLInputElement>('input')!;
				const name = input.value.trim().replace(/\s+/g, ' ');
				const error = $('[data-name-error]');
				if (name.length < 2 || name.length > 80) {
					error.textContent = error.dataset.message ?? '';
					input.setAttribute('aria-invalid', 'true');
					input.focus();
					return;
				}
				error.textContent = '';
				input.removeAttribute('aria-invalid');
				$('[data-name]').textContent = name;
				$('[data-completed-at]').textContent = format(root.dataset.date ?? '', {
					date: new Date(progress.completedAt!).toLocaleDateString('de-DE', { dateStyle: 'long' }),
				});
				const scoreOf = (value: number | undefined) => (value === undefined ? '–' : `${value} %`);
				$('[data-final-score]').textContent = scoreOf(progress.final.best);
				$('[data-code]').textContent = verificationCode({
					pathId: meta.id,
					completedAt: progress.completedAt!,
					...(progress.final.best !== undefined ? { final: progress.final.best } : {}),
				});
				$('[data-entry-score]').textContent = scoreOf(progress.entry.first);
				for (const module of meta.modules) {
					const cell = root.querySelector<HTMLElement>(`[data-score="${CSS.escape(module.id)}"]`);
					const stats = module.quizId ? quizStats(state, module.quizId) : undefined;
					if (cell && stats?.best !== undefined) cell.textContent = `${stats.best} %`;
				}
				const sheet = $('[data-certificate-sheet]');
				sheet.hidden = false;
				$('[data-print]').hidden = false;
				sheet.focus();
			});
			$('[data-print] button').addEventListener('click', () => window.print());
		},
	);
}
