import { useEffect, useRef, useState } from 'react';
import type { Assessment } from '../../schemas/assessment';
import { t } from '../../i18n/client';
import { scoreAssessment, type LikertAnswers } from '../../lib/assessment/scoring';
import type { AssessmentResult } from '../../schemas/stored/assessment-result';
import { getProgressStore, newRecordId } from '../../client/progress/store';
import type { ProfileView as ProfileViewComponent } from './ProfileView';

// The profile (radar chart, table, advice) is needed only once there is a result: its code loads when
// the learner starts answering or a stored result exists, not with the questionnaire.
let profileModule: Promise<typeof import('./ProfileView')> | undefined;
const loadProfileView = () =>
	(profileModule ??= import('./ProfileView').catch((error: unknown) => {
		profileModule = undefined; // asked again, the browser decides whether to retry; a reload certainly does
		throw error;
	}));

/** A self-assessment: Likert items grouped by dimension, then the profile compared with the previous result. */
export function AssessmentView({ id, assessment }: { id: string; assessment: Assessment }) {
	const [answers, setAnswers] = useState<LikertAnswers>({});
	const [results, setResults] = useState<AssessmentResult[]>([]);
	const [showForm, setShowForm] = useState(true);
	const [message, setMessage] = useState('');
	const [lastUnsaved, setLastUnsaved] = useState(false);
	const profileHeading = useRef<HTMLHeadingElement>(null);
	const [Profile, setProfile] = useState<
		{ view: typeof ProfileViewComponent } | { failed: true } | null
	>(null);
	const needProfile = () =>
		void loadProfileView().then(
			(module) =>
				setProfile((current) =>
					current && 'view' in current ? current : { view: module.ProfileView },
				),
			() => setProfile((current) => (current && 'view' in current ? current : { failed: true })),
		);
	const { scale } = assessment;
	const points = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
	const itemCount = assessment.dimensions.reduce((sum, d) => sum + d.items.length, 0);

	useEffect(() => {
		const store = getProgressStore();
		const update = () => {
			const stored = store.getState().assessments[id] ?? [];
			setResults(stored);
			if (stored.length > 0) {
				needProfile();
				setShowForm((current) => current && false);
			}
		};
		update();
		return store.subscribe(update);
	}, [id]);

	const latest = results.at(-1);
	const previous = results.at(-2);

	const submit = () => {
		const open = itemCount - Object.keys(answers).length;
		if (open > 0) {
			setMessage(t('assessment.unanswered', { count: open }));
			return;
		}
		needProfile();
		const outcome = getProgressStore().recordAssessment(id, {
			id: newRecordId(),
			completedAt: new Date().toISOString(),
			answers,
			scores: scoreAssessment(assessment, answers),
		});
		setShowForm(false);
		setLastUnsaved(!outcome.saved);
		setMessage(
			`${t('assessment.announce')} ${outcome.saved ? t('assessment.saved') : t('assessment.notSaved')}`,
		);
		requestAnimationFrame(() => profileHeading.current?.focus());
	};

	return (
		<div>
			<p className="sr-only" aria-live="polite" aria-atomic="true">
				{message}
			</p>
			{showForm ? (
				<form
					onSubmit={(event) => {
						event.preventDefault();
						submit();
					}}
				>
					<p className="mt-2">{t('assessment.intro')}</p>
					{assessment.dimensions.map((dimension) => (
						<section key={dimension.id} className="mt-6" aria-labelledby={`${id}-${dimension.id}`}>
							<h4 id={`${id}-${dimension.id}`} className="text-lg font-semibold">
								{dimension.title}
							</h4>
							<p className="text-sm text-muted">{dimension.description}</p>
							{dimension.items.map((item) => (
								<fieldset key={item.id} className="mt-3 rounded-md border border-line p-3">
									<legend className="px-1">{item.text}</legend>
									<div className="mt-1 flex flex-wrap gap-2">
										{points.map((value, index) => (
											<label
												key={value}
												className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line px-2 text-sm"
											>
												<input
													type="radio"
													name={`${id}-${item.id}`}
													value={value}
													className="size-4 accent-accent"
													checked={answers[item.id] === value}
													onChange={() => {
														needProfile();
														setAnswers((current) => ({ ...current, [item.id]: value }));
													}}
												/>
												{scale.labels[index]}
											</label>
										))}
									</div>
								</fieldset>
							))}
						</section>
					))}
					{message && !message.startsWith(t('assessment.announce')) && (
						<p className="mt-4 font-semibold" role="alert">
							{message}
						</p>
					)}
					<button type="submit" className="button mt-6">
						{t('assessment.submit')}
					</button>
				</form>
			) : (
				latest && (
					<section className="mt-4" aria-labelledby={`${id}-profile`}>
						<h4
							id={`${id}-profile`}
							ref={profileHeading}
							tabIndex={-1}
							className="font-serif text-xl"
						>
							{t('assessment.profileTitle')} –{' '}
							{t('assessment.lastResult', {
								date: new Date(latest.completedAt).toLocaleDateString('de-DE'),
							})}
						</h4>
						<div className="mt-4">
							{Profile === null ? (
								<p>{t('assessment.profileLoading')}</p>
							) : 'view' in Profile ? (
								<Profile.view
									assessment={assessment}
									scores={latest.scores}
									previous={previous?.scores}
									headingLevel="h4"
								/>
							) : (
								<p role="alert">
									{t(
										lastUnsaved
											? 'assessment.profileLoadFailedUnsaved'
											: 'assessment.profileLoadFailed',
									)}
								</p>
							)}
						</div>
						<button
							type="button"
							className="button mt-6"
							onClick={() => {
								setAnswers({});
								setMessage('');
								setShowForm(true);
							}}
						>
							{t('assessment.again')}
						</button>
					</section>
				)
			)}
		</div>
	);
}
