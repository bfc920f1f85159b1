import { Component, lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { t } from '../../i18n/client';

/**
 * The debrief, whose code (the analysis of the whole scenario, the chart) is needed only at an
 * ending: it loads with the learner's first choice (`preloadDebrief`), or when a finished
 * conversation is reopened, and shows a short text while it arrives.
 */
const loadDebrief = () => import('./Debrief');
const Debrief = lazy(loadDebrief);

export function preloadDebrief(): void {
	loadDebrief().catch(() => {}); // a failure shows where the debrief would be (LoadFailed)
}

class LoadFailed extends Component<{ children: ReactNode }, { failed: boolean }> {
	state = { failed: false };
	static getDerivedStateFromError() {
		return { failed: true };
	}
	render() {
		return this.state.failed ? (
			<p role="alert" className="card mt-8">
				{t('roleplay.debriefFailed')}
			</p>
		) : (
			this.props.children
		);
	}
}

export default function LazyDebrief(props: ComponentProps<typeof Debrief>) {
	return (
		<LoadFailed>
			<Suspense fallback={<p className="mt-8 text-muted">{t('roleplay.debriefLoading')}</p>}>
				<Debrief {...props} />
			</Suspense>
		</LoadFailed>
	);
}
