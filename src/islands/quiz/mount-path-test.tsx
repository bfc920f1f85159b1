import { useEffect, useState, type ReactNode } from 'react';
import type { Messages } from '../../i18n';
import { t } from '../../i18n/client';
import { moduleStatus } from '../../lib/progress/completion';
import { pathCompletion, type PathMeta } from '../../lib/progress/path-completion';
import type { ProgressState } from '../../schemas/stored/progress-state';
import { getProgressStore, openProgressStore } from '../../client/progress/store';
import type { Quiz } from '../../schemas/quiz';
import { mountWithData } from '../shared/island-data';
import { QuizView } from './QuizView';

/**
 * A path test page's island. The entry test is offered once, and only until the final test was
 * begun; the final test once every module of the path is complete (then as often as needed).
 * The decision is made when the page opens and whenever stored progress changes while the test is
 * closed (another tab completes the last module); an open test stays open until the page is left,
 * so a result is never taken off the screen.
 */
type Kind = 'entry' | 'final';

/** Why the test is closed now, or undefined when it may be taken. */
function closedBecause(state: ProgressState, meta: PathMeta, kind: Kind): ReactNode | undefined {
	const path = pathCompletion(state, meta.modules, meta.tests);
	if (kind === 'entry') {
		if (path.entry.attempts > 0)
			return <p>{t('pathTest.entryDone', { score: path.entry.first ?? 0 })}</p>;
		if (path.final.attempts > 0) return <p>{t('pathTest.entryClosed')}</p>;
		return undefined;
	}
	if (path.finalTestOpen) return undefined;
	return (
		<>
			<p>{t('pathTest.finalLocked')}</p>
			<ul className="mt-2 list-disc pl-6">
				{meta.modules
					.filter((module) => moduleStatus(state, module).status !== 'completed')
					.map((module) => (
						<li key={module.id}>
							<a href={module.href}>{module.title}</a>
						</li>
					))}
			</ul>
		</>
	);
}

function PathTest({
	id,
	quiz,
	meta,
	kind,
}: {
	id: string;
	quiz: Quiz & { groups: Record<string, string> };
	meta: PathMeta;
	kind: Kind;
}) {
	const store = getProgressStore();
	const [closed, setClosed] = useState<ReactNode | undefined>(() =>
		closedBecause(store.getState(), meta, kind),
	);
	const isClosed = closed !== undefined;
	useEffect(
		() =>
			isClosed
				? store.subscribe((state) => setClosed(closedBecause(state, meta, kind)))
				: undefined,
		[isClosed, store, meta, kind],
	);
	if (isClosed)
		return (
			<div className="not-prose mt-4" data-quiz-closed>
				{closed}
			</div>
		);
	const after = kind === 'entry' ? <p className="mt-3">{t('pathTest.entryNext')}</p> : undefined;
	return <QuizView id={id} quiz={quiz} exam retryable={kind === 'final'} afterResult={after} />;
}

export function mountPathTest(element: HTMLElement): void {
	const id = element.dataset.islandId;
	const kind: Kind = element.dataset.kind === 'entry' ? 'entry' : 'final';
	if (!id || !element.dataset.pathMeta) return;
	const meta = JSON.parse(element.dataset.pathMeta) as PathMeta;
	mountWithData<{ quiz: Quiz & { groups: Record<string, string> }; messages: Messages }>(
		element,
		(data) => <PathTest id={id} quiz={data.quiz} meta={meta} kind={kind} />,
		openProgressStore,
	);
}
