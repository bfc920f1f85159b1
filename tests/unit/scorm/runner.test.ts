import { Scorm12API, Scorm2004API } from 'scorm-again';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRunner } from '../../../src/client/scorm/runner';

/**
 * The runner against scorm-again, in Node: the page's window, frame and notice elements are
 * stand-ins with just what the runner touches.
 */

const ROOT = 'https://lms.example/pkg/';
const messages = {
	noLms: 'Keine Lernplattform gefunden.',
	initFailed: 'Die Lernplattform hat die Sitzung nicht begonnen: {error}',
	connected: 'Mit der Lernplattform verbunden.',
	saved: 'Gespeichert um {time}: {completed} von {total} Modulen abgeschlossen.',
	failed: 'Die Lernplattform hat den Fortschritt nicht angenommen: {error}',
	unreadable: 'Die gespeicherten Daten waren nicht lesbar.',
};

afterEach(() => {
	vi.unstubAllGlobals();
});

function launch(version: '1.2' | '2004') {
	const api =
		version === '2004' ? new Scorm2004API({ logLevel: 5 }) : new Scorm12API({ logLevel: 5 });
	const sets: [string, string][] = [];
	const refused: string[] = [];
	if (api instanceof Scorm2004API) {
		const original = api.SetValue.bind(api);
		Object.assign(api, {
			SetValue: (element: string, value: string) => {
				sets.push([element, value]);
				const result = original(element, value);
				if (result !== 'true') refused.push(`${element}=${value} (${api.GetLastError()})`);
				return result;
			},
		});
	} else {
		const original = api.LMSSetValue.bind(api);
		Object.assign(api, {
			LMSSetValue: (element: string, value: string) => {
				sets.push([element, value]);
				const result = original(element, value);
				if (result !== 'true') refused.push(`${element}=${value} (${api.LMSGetLastError()})`);
				return result;
			},
		});
	}
	const onPagehide: (() => void)[] = [];
	const win: Record<string, unknown> = {
		[version === '2004' ? 'API_1484_11' : 'API']: api,
		addEventListener: (type: string, listener: () => void) => {
			if (type === 'pagehide') onPagehide.push(listener);
		},
	};
	win.parent = win;
	vi.stubGlobal('window', win);

	const onLoad: (() => void)[] = [];
	const frame = {
		src: '',
		contentWindow: null as { location: { href: string } } | null,
		addEventListener: (type: string, listener: () => void) => {
			if (type === 'load') onLoad.push(listener);
		},
	};
	const element = { dataset: {} as Record<string, string> };
	const statusLine = { textContent: '' };
	const alert = { textContent: '' };
	startRunner(
		element as unknown as HTMLElement,
		frame as unknown as HTMLIFrameElement,
		statusLine as unknown as HTMLElement,
		alert as unknown as HTMLElement,
		{
			version,
			modules: [],
			tests: { entryKey: 'entry', finalKey: 'final', hasFinalTest: false },
			index: { modules: [], quizzes: {}, assessments: {} },
			root: ROOT,
			start: `${ROOT}pfade/grundlagen/index.html`,
			messages,
		},
	);
	const load = (page: string) => {
		frame.contentWindow = { location: { href: `${ROOT}${page}` } };
		for (const listener of onLoad) listener();
	};
	const leave = () => {
		for (const listener of onPagehide) listener();
	};
	return { sets, refused, frame, alert, statusLine, load, leave };
}

describe('LMS runner', () => {
	it.each([
		['2004', 'cmi.location'],
		['1.2', 'cmi.core.lesson_location'],
	] as const)(
		'SCORM %s: a fresh attempt sends no %s until a page is known, then the page',
		(version, element) => {
			const { sets, refused, frame, alert, statusLine, load, leave } = launch(version);

			// Reported at once (the attempt has begun), before the first page has loaded.
			expect(sets.length).toBeGreaterThan(0);
			expect(sets.filter(([name]) => name === element)).toEqual([]);
			expect(refused).toEqual([]);
			expect(alert.textContent).toBe('');
			expect(statusLine.textContent).toMatch(/^Gespeichert um /);
			expect(frame.src).toBe(`${ROOT}pfade/grundlagen/index.html`);

			load('pfade/grundlagen/index.html');
			expect(sets.filter(([name]) => name === element)).toEqual([
				[element, 'pfade/grundlagen/index.html'],
			]);
			expect(refused).toEqual([]);
			expect(alert.textContent).toBe('');

			leave();
			expect(sets.filter(([name]) => name === element).at(-1)).toEqual([
				element,
				'pfade/grundlagen/index.html',
			]);
			expect(refused).toEqual([]);
			expect(alert.textContent).toBe('');
		},
	);
});
