import type { ModuleMeta } from '../../lib/progress/completion';
import type { PathTestsMeta } from '../../lib/progress/path-completion';
import { loadProgress, loadProgressData } from '../../lib/progress/load';
import { HOST_STORAGE_PROPERTY, PROGRESS_KEY, ProgressStore } from '../progress/store';
import { findLmsApi } from './api';
import { LmsSession } from './lms';
import { MemoryStorage } from './memory-storage';
import { lmsReport } from '../../lib/scorm/report';
import { moduleStatus } from '../../lib/progress/completion';
import {
	decodeSuspendData,
	encodeSuspendData,
	type SuspendIndex,
} from '../../lib/scorm/suspend-data';
import { format } from '../../i18n/format';

/**
 * The LMS runner: the page a SCORM package launches (pages/lms/[path].astro). One SCORM session
 * spans many pages of the site, so the runner stays put and shows the pages in a frame.
 *
 * Lifecycle
 *   1. Find the LMS API (api.ts). None: show a notice and the path's first page; the pages then
 *      keep progress in localStorage exactly as on the website.
 *   2. Initialize; read suspend_data and the last location. Decode the progress (suspend-data.ts),
 *      validate it like stored progress and merge it into a store kept in memory (MemoryStorage).
 *   3. Offer that storage to the framed pages (HOST_STORAGE_PROPERTY, see progress/store.ts), then
 *      open the page where the learner left off, or the path's start.
 *   4. After every change (debounced) and every page change: status, score, location, session
 *      time and suspend_data to the LMS, and commit (lms.ts).
 *   5. On leaving (pagehide): a last report, then finish.
 */

interface RunnerConfig {
	version: '1.2' | '2004';
	/** The path's modules, for the status the LMS gets. */
	modules: ModuleMeta[];
	/** The path's entry and final test (the final test decides "passed" and the score). */
	tests: PathTestsMeta;
	index: SuspendIndex;
	/** The package's root and the path's first page, as absolute URLs. */
	root: string;
	start: string;
	messages: Record<
		'noLms' | 'initFailed' | 'connected' | 'saved' | 'failed' | 'unreadable',
		string
	>;
}

const REPORT_DELAY_MS = 800;
const fill = format;

/** A location inside the package, as the LMS gave it back: only plain relative page paths count. */
function safeLocation(location: string, root: string): string | undefined {
	if (!/^[a-z0-9][a-z0-9/_-]*(?:index\.html)?$/.test(location) || location.includes('..'))
		return undefined;
	return new URL(location, root).href;
}

export function startRunner(
	element: HTMLElement,
	frame: HTMLIFrameElement,
	statusLine: HTMLElement,
	alert: HTMLElement,
	config: RunnerConfig,
): void {
	const started = Date.now();
	const show = (text: string) => (statusLine.textContent = text);
	const warn = (text: string) => (alert.textContent = text);

	const found = findLmsApi(window, config.version);
	if (!found) {
		warn(config.messages.noLms);
		frame.src = config.start;
		return;
	}
	const session = new LmsSession(found);
	if (!session.initialize()) {
		warn(fill(config.messages.initFailed, { error: session.error }));
		frame.src = config.start;
		return;
	}

	const resume = session.resumeData();
	let timer: ReturnType<typeof setTimeout> | undefined;
	const storage = new MemoryStorage(() => {
		clearTimeout(timer);
		timer = setTimeout(report, REPORT_DELAY_MS);
	});
	const decoded = decodeSuspendData(resume.suspendData, config.index);
	if (decoded)
		new ProgressStore(storage, undefined, loadProgress).mergeIn(loadProgressData(decoded).state);
	// What the LMS kept but this package cannot read (another format, cut short, escaped by the LMS)
	// stays there untouched: this session then reports status and place only.
	const keepSuspendData = resume.suspendData.trim() !== '' && !decoded;
	let location = resume.location;

	function report(): void {
		clearTimeout(timer);
		timer = undefined;
		if (session.isFinished) return;
		const state = loadProgress(storage.getItem(PROGRESS_KEY)).state;
		const encoded = encodeSuspendData(state, config.index, session.suspendLimit);
		const summary = lmsReport(state, config.modules, config.tests);
		// A completed attempt stays completed, even if this session's progress reads as less
		// (kept data unreadable, or sections renamed by a content update).
		const keepStatus = resume.completedBefore && !summary.completed;
		if (
			session.report(summary, encoded.text, location, Date.now() - started, {
				keepStatus,
				keepSuspendData,
			})
		) {
			alert.textContent = keepSuspendData ? config.messages.unreadable : '';
			const completed = config.modules.filter(
				(m) => moduleStatus(state, m).status === 'completed',
			).length;
			show(
				fill(config.messages.saved, {
					time: new Date().toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' }),
					completed,
					total: config.modules.length,
				}),
			);
		} else warn(fill(config.messages.failed, { error: session.error }));
	}

	Reflect.set(window, HOST_STORAGE_PROPERTY, storage);
	element.dataset.lmsVersion = session.version;
	show(config.messages.connected);
	report(); // the LMS learns at once that the attempt has begun

	frame.addEventListener('load', () => {
		try {
			const href = frame.contentWindow?.location.href ?? '';
			if (href.startsWith(config.root))
				location = href.slice(config.root.length).replace(/[?#].*$/, '');
		} catch {
			/* a page of another origin: keep the last location */
		}
		report();
	});
	frame.src = safeLocation(location, config.root) ?? config.start;

	window.addEventListener('pagehide', () => {
		if (session.isFinished) return;
		report();
		if (!session.finish(Date.now() - started))
			warn(fill(config.messages.failed, { error: session.error }));
	});
}
