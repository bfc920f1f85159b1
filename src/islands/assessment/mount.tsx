import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import type { Messages } from '../../i18n';
import { provideMessages } from '../../i18n/client';
import type { Assessment } from '../../schemas/assessment';
import { AssessmentView } from './AssessmentView';

/** Loads a self-assessment's data (a static JSON file with its UI strings) and renders it. */
function AssessmentIsland({ id, src, loading, loadFailed }: { id: string; src: string; loading: string; loadFailed: string }) {
	const [assessment, setAssessment] = useState<Assessment | null>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		fetch(src)
			.then((response) => (response.ok ? (response.json() as Promise<{ assessment: Assessment; messages: Messages }>) : Promise.reject(new Error(String(response.status)))))
			.then((data) => {
				provideMessages(data.messages);
				setAssessment(data.assessment);
			})
			.catch(() => setFailed(true));
	}, [src]);
	if (failed) return <p role="alert">{loadFailed}</p>;
	if (!assessment) return <p className="mt-2 text-muted">{loading}</p>;
	return <AssessmentView id={id} assessment={assessment} />;
}

export function mountAssessment(element: HTMLElement): void {
	const { islandId, islandSrc, islandLoading = '', islandLoadFailed = '' } = element.dataset;
	if (!islandId || !islandSrc) return;
	createRoot(element).render(<AssessmentIsland id={islandId} src={islandSrc} loading={islandLoading} loadFailed={islandLoadFailed} />);
}
