import { useEffect, useRef, useState } from 'react';
import { formatDate, formatDay } from '../../i18n/dates';
import { t } from '../../i18n/client';
import { decodeAssignment } from '../../lib/assignments/link';
import { resolveAssignment } from '../../lib/assignments/progress';
import type { ProgressState } from '../../schemas/stored/progress-state';
import { getProgressStore } from '../../client/progress/store';
import { watchStorageNotices } from '../../client/storage-notice-watch';
import type { DashboardData } from '../shared/course-data';

/**
 * The page a learner reaches through an assignment link: reads the fragment, refuses anything
 * invalid with a reason (and stores nothing), shows what was assigned, by whom and by when, and
 * keeps it once the learner accepts. Every text from the link is rendered as text.
 */
export function AcceptAssignment({ data }: { data: DashboardData }) {
	const store = getProgressStore();
	const [hash, setHash] = useState(() => location.hash);
	const [state, setState] = useState<ProgressState>(() => store.getState());
	const [notice, setNotice] = useState('');
	const noticeRef = useRef<HTMLParagraphElement>(null);
	useEffect(() => {
		watchStorageNotices(store);
		const follow = () => setHash(location.hash);
		window.addEventListener('hashchange', follow);
		const unsubscribe = store.subscribe(setState);
		return () => {
			window.removeEventListener('hashchange', follow);
			unsubscribe();
		};
	}, [store]);

	const decoded = decodeAssignment(hash);
	if (!decoded.ok)
		return (
			<div role="alert" className="card border-l-4 border-l-focus">
				<h2 className="font-serif text-2xl">{t('assignment.invalidTitle')}</h2>
				<p className="mt-2">{t(decoded.message.key, decoded.message.values)}</p>
				<p className="mt-2">{t('assignment.nothingSaved')}</p>
			</div>
		);
	const { assignment } = decoded;
	const { items, modules, unknown } = resolveAssignment(assignment, data);
	if (unknown.length > 0)
		return (
			<div role="alert" className="card border-l-4 border-l-focus">
				<h2 className="font-serif text-2xl">{t('assignment.invalidTitle')}</h2>
				<p className="mt-2">
					{t('assignment.unknownItems', { ids: unknown.map((item) => `„${item.id}“`).join(', ') })}
				</p>
				<p className="mt-2">{t('assignment.nothingSaved')}</p>
			</div>
		);
	const accepted = state.assignments[assignment.id];

	return (
		<div>
			<article className="card" aria-labelledby="zuweisung-titel">
				<h2 id="zuweisung-titel" className="font-serif text-2xl">
					{t('assignment.for', { name: assignment.assignee.name })}
				</h2>
				<dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
					<dt className="font-semibold">{t('assignment.issuedBy')}</dt>
					<dd>
						{t('assignment.issuedByValue', {
							issuer: assignment.issuedBy,
							date: formatDay(assignment.issuedAt),
						})}
					</dd>
					<dt className="font-semibold">{t('assignment.due')}</dt>
					<dd>{formatDay(assignment.due)}</dd>
					{assignment.assignee.email && (
						<>
							<dt className="font-semibold">{t('assignment.email')}</dt>
							<dd>{assignment.assignee.email}</dd>
						</>
					)}
				</dl>
				{assignment.message && (
					<div className="mt-4">
						<h3 className="font-semibold">{t('assignment.message')}</h3>
						<p className="mt-1 whitespace-pre-line rounded-md border border-line p-3">
							{assignment.message}
						</p>
					</div>
				)}
				<h3 className="mt-4 font-semibold">{t('assignment.items', { count: modules.length })}</h3>
				<ul className="mt-1 list-disc pl-6">
					{items.map((item) => (
						<li key={`${item.kind}:${item.id}`}>
							<a href={item.href}>{item.title}</a>{' '}
							<span className="text-sm text-muted">
								({t(item.kind === 'path' ? 'assignment.kindPath' : 'assignment.kindModule')})
							</span>
						</li>
					))}
				</ul>
			</article>

			<div className="mt-6">
				{accepted ? (
					<p ref={noticeRef} tabIndex={-1} role="status" className="font-semibold">
						{notice || t('assignment.alreadyAccepted', { date: formatDate(accepted.acceptedAt) })}{' '}
						<a href={data.links.dashboard}>{t('assignment.toDashboard')}</a>
					</p>
				) : (
					<>
						<p className="mb-3 max-w-[36em]">{t('assignment.acceptHint')}</p>
						<button
							type="button"
							className="button"
							onClick={() => {
								const outcome = store.acceptAssignment(assignment);
								setNotice(
									outcome.saved ? t('assignment.accepted') : t('assignment.acceptedNotSaved'),
								);
								requestAnimationFrame(() => noticeRef.current?.focus());
							}}
						>
							{t('assignment.accept')}
						</button>
					</>
				)}
			</div>
		</div>
	);
}
