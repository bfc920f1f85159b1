/**
 * Finding the LMS's SCORM API, as the ADL discovery algorithm does: this window and its parents,
 * then the window that opened this one and its parents. Frames of another origin are skipped
 * (reading them throws). SCORM 1.2 calls its object `API`, SCORM 2004 `API_1484_11`.
 */

export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
}

export interface Scorm2004Api {
	Initialize(arg: ''): string;
	Terminate(arg: ''): string;
	GetValue(element: string): string;
	SetValue(element: string, value: string): string;
	Commit(arg: ''): string;
	GetLastError(): string;
	GetErrorString(code: string): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

const MAX_LEVELS = 10;

function read(win: Window, name: 'API' | 'API_1484_11'): unknown {
	try {
		return Reflect.get(win, name);
	} catch {
		return undefined; // another origin
	}
}

function parentOf(win: Window): Window | null {
	try {
		return win.parent && win.parent !== win ? win.parent : null;
	} catch {
		return null;
	}
}

function scan(start: Window | null, name: 'API' | 'API_1484_11'): unknown {
	let win = start;
	for (let level = 0; win && level < MAX_LEVELS; level++) {
		const api = read(win, name);
		if (typeof api === 'object' && api !== null) return api;
		win = parentOf(win);
	}
	return undefined;
}

function openerOf(win: Window): Window | null {
	try {
		return (win.top ?? win).opener ?? null;
	} catch {
		return null;
	}
}

/** The API of the version the package declares, else the other one; null when there is no LMS. */
export function findLmsApi(start: Window, preferred: '1.2' | '2004'): FoundApi | null {
	const order = preferred === '2004' ? (['2004', '1.2'] as const) : (['1.2', '2004'] as const);
	for (const version of order) {
		const name = version === '2004' ? 'API_1484_11' : 'API';
		const api = scan(start, name) ?? scan(openerOf(start), name);
		if (api)
			return version === '2004'
				? { version, api: api as Scorm2004Api }
				: { version, api: api as Scorm12Api };
	}
	return null;
}
