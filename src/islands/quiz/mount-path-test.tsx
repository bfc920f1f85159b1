import type { Messages } from '../../i18n';
import { t } from '../../i18n/client';
import type { PathMeta } from '../../lib/content/progress-meta';
import { moduleStatus, pathCompletion, type QuizStats } from '../../lib/progress/completion';
import type { ProgressState } from '../../lib/progress/schema';
import { openProgressStore } from '../../lib/progress/store';
import type { Quiz } from '../../schemas/quiz';
import { mountWithData } from '../shared/island-data';
import { QuizView, type QuizGate } from './QuizView';

/**
 * A path test page's island. The entry test is offered once, and only until the final test was
 * begun; the final test once every module of the path is complete (then as often as needed).
 */
function gateFor(meta: PathMeta, kind: 'entry' | 'final') {
	return (state: ProgressState, stats: QuizStats): QuizGate => {
		const completion = pathCompletion(state, meta.modules, meta.tests);
		if (kind === 'entry') {
			if (stats.attempts > 0) return { open: false, single: true, message: <p className="mt-3">{t('pathTest.entryDone', { score: stats.best ?? 0 })}</p> };
			if (completion.final.attempts > 0) return { open: false, single: true, message: <p className="mt-3">{t('pathTest.entryClosed')}</p> };
			return { open: true, single: true };
		}
		if (completion.finalTestOpen) return { open: true };
		const open = meta.modules.filter((module) => moduleStatus(state, module).status !== 'completed');
		return {
			open: false,
			message: (
				<div className="mt-3">
					<p>{t('pathTest.finalLocked')}</p>
					<ul className="mt-2 list-disc pl-6">
						{open.map((module) => (
							<li key={module.id}>
								<a href={module.href}>{module.title}</a>
							</li>
						))}
					</ul>
				</div>
			),
		};
	};
}

export function mountPathTest(element: HTMLElement): void {
	const id = element.dataset.islandId;
	const kind = element.dataset.kind === 'entry' ? 'entry' : 'final';
	if (!id || !element.dataset.pathMeta) return;
	const gate = gateFor(JSON.parse(element.dataset.pathMeta) as PathMeta, kind);
	mountWithData<{ quiz: Quiz & { groups: Record<string, string> }; messages: Messages }>(element, (data) => <QuizView id={id} quiz={data.quiz} gate={gate} exam />, openProgressStore);
}
