import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { findLmsApi, type Scorm12Api } from '../../../src/client/scorm/api';
import { LmsSession } from '../../../src/client/scorm/lms';
import { duration2004, timespan12 } from '../../../src/lib/scorm/session-time';

const report = { completed: false, score: 75, progress: 0.25, hasQuizzes: true };

/** Records what the content sets: some elements are write-only and cannot be read back from the API. */
function recording<T extends object>(
	api: T,
	setter: 'LMSSetValue' | 'SetValue',
): { api: T; values: Record<string, string> } {
	const values: Record<string, string> = {};
	const original = (api as Record<string, (element: string, value: string) => string>)[
		setter
	]!.bind(api);
	Object.assign(api, {
		[setter]: (element: string, value: string) => (
			(values[element] = value),
			original(element, value)
		),
	});
	return { api, values };
}

describe('LMS session', () => {
	it('speaks SCORM 1.2 to scorm-again: status, score, location, suspend data, session time, exit', () => {
		const { api, values } = recording(new Scorm12API({ logLevel: 5 }), 'LMSSetValue');
		api.loadFromJSON({
			core: { lesson_location: 'pfade/x/index.html', student_name: 'Koch, Ben' },
			suspend_data: '{"v":1}',
		});
		const session = new LmsSession({ version: '1.2', api: api as unknown as Scorm12Api });
		expect(session.initialize()).toBe(true);
		expect(session.resumeData()).toEqual({
			suspendData: '{"v":1}',
			location: 'pfade/x/index.html',
			learnerName: 'Koch, Ben',
			completedBefore: false,
		});
		expect(session.report(report, '{"v":1,"m":{}}', 'pfade/x/y/index.html', 61_500)).toBe(true);
		expect(
			session.report({ ...report, completed: true }, '{}', 'pfade/x/y/index.html', 3_723_450),
		).toBe(true);
		expect(session.finish(3_723_450)).toBe(true);
		expect(session.finish(1)).toBe(true); // once only
		expect(values).toMatchObject({
			'cmi.core.lesson_status': 'passed',
			'cmi.core.score.raw': '75',
			'cmi.core.lesson_location': 'pfade/x/y/index.html',
			'cmi.suspend_data': '{}',
			'cmi.core.session_time': '01:02:03.45',
			'cmi.core.exit': 'suspend',
		});
		expect(api.cmi.core.lesson_status).toBe('passed');
	});

	it('speaks SCORM 2004 to scorm-again: completion, success, scaled score, progress', () => {
		const { api, values } = recording(new Scorm2004API({ logLevel: 5 }), 'SetValue');
		const session = new LmsSession({ version: '2004', api: api as never });
		expect(session.initialize()).toBe(true);
		expect(session.resumeData()).toEqual({
			suspendData: '',
			location: '',
			learnerName: '',
			completedBefore: false,
		});
		expect(session.report(report, '{}', 'pfade/x/index.html', 1000)).toBe(true);
		expect(values).toMatchObject({
			'cmi.completion_status': 'incomplete',
			'cmi.success_status': 'unknown',
			'cmi.score.scaled': '0.75',
			'cmi.progress_measure': '0.25',
		});
		expect(
			session.report({ ...report, completed: true, progress: 1 }, '{}', 'pfade/x/index.html', 1000),
		).toBe(true);
		expect(session.finish(90_000)).toBe(true);
		expect(values).toMatchObject({
			'cmi.completion_status': 'completed',
			'cmi.success_status': 'passed',
			'cmi.exit': 'suspend',
			'cmi.session_time': 'PT1M30S',
		});
	});

	it('never takes back a completion the LMS has, and leaves suspend data it was told to keep', () => {
		const { api, values } = recording(new Scorm12API({ logLevel: 5 }), 'LMSSetValue');
		api.loadFromJSON({
			core: { lesson_status: 'passed', score: { raw: '90' } },
			suspend_data: 'not ours',
		});
		const session = new LmsSession({ version: '1.2', api: api as unknown as Scorm12Api });
		session.initialize();
		expect(session.resumeData().completedBefore).toBe(true);
		expect(
			session.report(report, '{"v":1}', 'pfade/x/index.html', 1000, {
				keepStatus: true,
				keepSuspendData: true,
			}),
		).toBe(true);
		expect(values).not.toHaveProperty('cmi.core.lesson_status');
		expect(values).not.toHaveProperty('cmi.core.score.raw');
		expect(values).not.toHaveProperty('cmi.suspend_data');
		expect(values).toMatchObject({
			'cmi.core.lesson_location': 'pfade/x/index.html',
			'cmi.core.exit': 'suspend',
		});
		expect(api.cmi.core.lesson_status).toBe('passed');
		expect(api.cmi.suspend_data).toBe('not ours');

		const { api: api2004 } = recording(new Scorm2004API({ logLevel: 5 }), 'SetValue');
		api2004.loadFromJSON({ completion_status: 'completed' });
		const session2004 = new LmsSession({ version: '2004', api: api2004 as never });
		session2004.initialize();
		expect(session2004.resumeData().completedBefore).toBe(true);
	});

	it('still sends and commits the other values when the LMS refuses one', () => {
		const { api, values } = recording(new Scorm2004API({ logLevel: 5 }), 'SetValue');
		const original = api.SetValue.bind(api);
		Object.assign(api, {
			SetValue: (element: string, value: string) =>
				element === 'cmi.progress_measure' ? 'false' : original(element, value),
		});
		const session = new LmsSession({ version: '2004', api: api as never });
		session.initialize();
		expect(session.report(report, '{"v":1}', 'pfade/x/index.html', 1000)).toBe(false);
		expect(values).toMatchObject({
			'cmi.score.raw': '75',
			'cmi.suspend_data': '{"v":1}',
			'cmi.location': 'pfade/x/index.html',
		});
		expect(api.cmi.suspend_data).toBe('{"v":1}');
	});

	it('writes no location while no page is known (scorm-again refuses an empty cmi.location)', () => {
		const { api, values } = recording(new Scorm2004API({ logLevel: 5 }), 'SetValue');
		const session = new LmsSession({ version: '2004', api: api as never });
		session.initialize();
		expect(session.report(report, '{}', '', 1000)).toBe(true);
		expect(session.error).toBe('');
		expect(values).not.toHaveProperty('cmi.location');
		expect(values).toMatchObject({ 'cmi.exit': 'suspend', 'cmi.suspend_data': '{}' });

		const { api: api12, values: values12 } = recording(
			new Scorm12API({ logLevel: 5 }),
			'LMSSetValue',
		);
		const session12 = new LmsSession({ version: '1.2', api: api12 as unknown as Scorm12Api });
		session12.initialize();
		expect(session12.report(report, '{}', '', 1000)).toBe(true);
		expect(values12).not.toHaveProperty('cmi.core.lesson_location');
		expect(values12).toMatchObject({ 'cmi.core.exit': 'suspend' });
	});

	it('keeps the LMS’s error when it refuses', () => {
		const refusing = {
			LMSInitialize: () => 'false',
			LMSGetLastError: () => '101',
			LMSGetErrorString: () => 'General Exception',
		} as unknown as Scorm12Api;
		const session = new LmsSession({ version: '1.2', api: refusing });
		expect(session.initialize()).toBe(false);
		expect(session.error).toBe('General Exception (101)');
	});
});

describe('finding the LMS API', () => {
	const win = (props: Record<string, unknown>) => {
		const w = { ...props } as Record<string, unknown>;
		if (!('parent' in w)) w.parent = w;
		return w as unknown as Window;
	};

	it('looks in this window and its parents, then the opener, preferring the package’s version', () => {
		const api12 = { LMSInitialize: () => 'true' };
		const api2004 = { Initialize: () => 'true' };
		const lms = win({ API: api12, API_1484_11: api2004 });
		const frame = win({ parent: win({ parent: lms }) });
		expect(findLmsApi(frame, '1.2')).toEqual({ version: '1.2', api: api12 });
		expect(findLmsApi(frame, '2004')).toEqual({ version: '2004', api: api2004 });
		const popup = win({ top: win({ opener: win({ API_1484_11: api2004 }) }) });
		expect(findLmsApi(popup, '1.2')).toEqual({ version: '2004', api: api2004 });
	});

	it('skips frames of another origin and finds nothing when there is no LMS', () => {
		const foreign = new Proxy({} as Window, {
			get: () => {
				throw new DOMException('Blocked a frame with origin', 'SecurityError');
			},
		});
		expect(findLmsApi(win({ parent: foreign }), '1.2')).toBeNull();
		expect(findLmsApi(win({}), '2004')).toBeNull();
	});
});

describe('session time', () => {
	it.each([
		[0, '00:00:00.00', 'PT0S'],
		[61_500, '00:01:01.50', 'PT1M1.50S'],
		[3_723_450, '01:02:03.45', 'PT1H2M3.45S'],
		[7_200_000, '02:00:00.00', 'PT2H'],
		[400_000_000_000, '9999:59:59.99', 'PT111111H6M40S'],
	])('%i ms is %s in SCORM 1.2 and %s in SCORM 2004', (ms, twelve, twoThousandFour) => {
		expect(timespan12(ms)).toBe(twelve);
		expect(duration2004(ms)).toBe(twoThousandFour);
	});
});
