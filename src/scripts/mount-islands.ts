/**
 * Mounts the React islands of a page when their placeholder (`data-mount="<kind>"`) comes within a
 * screen of the viewport. Mounting them here rather than with Astro's `client:visible` spares
 * every module page Astro's inline island runtime (about 2 KB gzip), and React loads only when a
 * learner scrolls towards an island. Each page passes the islands it can have, so a module page's
 * script never even names the dashboard or the HR islands (nor their chunks).
 */
export type Mounters = Record<string, () => Promise<(element: HTMLElement) => void>>;

/** The islands authors place in modules (see user-components). */
export const contentIslands: Mounters = {
	quiz: () => import('../islands/quiz/mount').then((m) => m.mountQuiz),
	assessment: () => import('../islands/assessment/mount').then((m) => m.mountAssessment),
};

/** The island's code did not arrive (offline?) or could not start: say so in its place. */
function showLoadFailure(element: HTMLElement): void {
	const text = element.dataset.islandLoadFailed;
	if (!text) return;
	const message = document.createElement('p');
	message.setAttribute('role', 'alert');
	message.textContent = text;
	element.replaceChildren(message);
}

export function mountIslandsWhenVisible(
	mounters: Mounters = contentIslands,
	root: ParentNode = document,
): void {
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries.filter((e) => e.isIntersecting)) {
				observer.unobserve(entry.target);
				const element = entry.target as HTMLElement;
				void mounters[element.dataset.mount ?? '']?.()
					.then((mount) => mount(element))
					.catch(() => showLoadFailure(element));
			}
		},
		{ rootMargin: '100% 0px' },
	);
	for (const placeholder of root.querySelectorAll('[data-mount]')) observer.observe(placeholder);
}
