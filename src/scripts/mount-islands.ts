/**
 * Mounts the React islands of a content page (knowledge checks, self-assessments) when their
 * placeholder comes within a screen of the viewport. Mounting them here rather than with Astro's
 * `client:visible` spares every module page Astro's inline island runtime (about 2 KB gzip), and
 * React loads only when a learner scrolls towards an island.
 */
const mounters: Record<string, () => Promise<(element: HTMLElement) => void>> = {
	quiz: () => import('../islands/quiz/mount').then((m) => m.mountQuiz),
	assessment: () => import('../islands/assessment/mount').then((m) => m.mountAssessment),
	dashboard: () => import('../islands/dashboard/mount').then((m) => m.mountDashboard),
	assignment: () => import('../islands/assignment/mount').then((m) => m.mountAssignment),
	record: () => import('../islands/record/mount').then((m) => m.mountRecord),
	'hr-composer': () => import('../islands/hr/mount-composer').then((m) => m.mountComposer),
	'hr-overview': () => import('../islands/hr/mount-overview').then((m) => m.mountOverview),
};

export function mountIslandsWhenVisible(root: ParentNode = document): void {
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries.filter((e) => e.isIntersecting)) {
				observer.unobserve(entry.target);
				const element = entry.target as HTMLElement;
				void mounters[element.dataset.mount ?? '']?.().then((mount) => mount(element));
			}
		},
		{ rootMargin: '100% 0px' },
	);
	for (const placeholder of root.querySelectorAll('[data-mount]')) observer.observe(placeholder);
}
