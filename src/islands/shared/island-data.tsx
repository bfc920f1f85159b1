import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Messages } from '../../i18n';
import { provideMessages } from '../../i18n/client';

/**
 * The common start of an island: fetch its data and UI strings from a static JSON file of the
 * build (`data-island-src`), show the placeholder's loading text meanwhile and its failure text if
 * the fetch fails, then render. Used by every island whose data comes as a file (quiz,
 * self-assessment, dashboard, assignment, record, HR).
 */
function IslandData<T extends { messages: Messages }>({
	src,
	loading,
	loadFailed,
	render,
	prepare,
}: {
	src: string;
	loading: string;
	loadFailed: string;
	render: (data: T) => ReactNode;
	prepare?: () => Promise<unknown>;
}) {
	const [data, setData] = useState<T | null>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		let active = true;
		const data = fetch(src).then((response) =>
			response.ok
				? (response.json() as Promise<T>)
				: Promise.reject(new Error(String(response.status))),
		);
		Promise.all([data, prepare?.()])
			.then(([loaded]) => {
				if (!active) return;
				provideMessages(loaded.messages);
				setData(loaded);
			})
			.catch(() => active && setFailed(true));
		return () => {
			active = false;
		};
	}, [src, prepare]);
	if (failed) return <p role="alert">{loadFailed}</p>;
	if (!data) return <p className="text-muted">{loading}</p>;
	return <>{render(data)}</>;
}

/**
 * Mounts `render` into a `data-mount` placeholder once its data has loaded, and whatever `prepare`
 * does (islands that keep progress open the progress store with it) has finished.
 */
export function mountWithData<T extends { messages: Messages }>(
	element: HTMLElement,
	render: (data: T) => ReactNode,
	prepare?: () => Promise<unknown>,
): void {
	const { islandSrc, islandLoading = '', islandLoadFailed = '' } = element.dataset;
	if (!islandSrc) return;
	createRoot(element).render(
		<IslandData<T>
			src={islandSrc}
			loading={islandLoading}
			loadFailed={islandLoadFailed}
			render={render}
			prepare={prepare}
		/>,
	);
}
