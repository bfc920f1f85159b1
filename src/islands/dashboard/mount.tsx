import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { provideMessages } from '../../i18n/client';
import { Dashboard } from './Dashboard';
import type { DashboardData } from './types';

function DashboardIsland({ src, loading, loadFailed }: { src: string; loading: string; loadFailed: string }) {
	const [data, setData] = useState<DashboardData | null>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		fetch(src)
			.then((response) => (response.ok ? (response.json() as Promise<DashboardData>) : Promise.reject(new Error(String(response.status)))))
			.then((loaded) => {
				provideMessages(loaded.messages);
				setData(loaded);
			})
			.catch(() => setFailed(true));
	}, [src]);
	if (failed) return <p role="alert">{loadFailed}</p>;
	if (!data) return <p className="text-muted">{loading}</p>;
	return <Dashboard data={data} />;
}

export function mountDashboard(element: HTMLElement): void {
	const { islandSrc, islandLoading = '', islandLoadFailed = '' } = element.dataset;
	if (!islandSrc) return;
	createRoot(element).render(<DashboardIsland src={islandSrc} loading={islandLoading} loadFailed={islandLoadFailed} />);
}
