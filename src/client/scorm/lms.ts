import type { FoundApi } from './api';
import type { LmsReport } from '../../lib/scorm/report';
import { duration2004, timespan12 } from '../../lib/scorm/session-time';

/**
 * One LMS session over either SCORM version: the runner speaks in its own terms (resume data,
 * report, finish) and this maps them onto the data model of the version found.
 *
 *   SCORM 1.2                          SCORM 2004 4th edition
 *   cmi.core.lesson_status             cmi.completion_status + cmi.success_status
 *     passed (all done) / incomplete     completed / incomplete, passed / unknown
 *     (completed when a path has no knowledge check)
 *   cmi.core.score.raw/min/max         cmi.score.raw/min/max/scaled
 *   –                                  cmi.progress_measure
 *   cmi.core.lesson_location           cmi.location
 *   cmi.suspend_data (4,096)           cmi.suspend_data (64,000)
 *   cmi.core.session_time              cmi.session_time
 *   cmi.core.exit = suspend            cmi.exit = suspend
 *
 * Exit is always "suspend": the learner may come back to reread, and the LMS then hands back
 * suspend_data. Session time goes with every commit, not only the last: browsers refuse the
 * synchronous requests many LMSs make while a page unloads, so the last commit that surely
 * arrives is the one after the last change. Every call's failure is kept with the LMS's error
 * text for the runner to show.
 *
 * The location goes only once a page is known: the runner reports as soon as the session starts,
 * before its frame has loaded a page, and an empty location is no page. SCORM 2004 LMSs may
 * refuse an empty cmi.location (scorm-again: 406, type mismatch); 1.2 gets the same treatment.
 */

export interface ResumeData {
	suspendData: string;
	location: string;
	learnerName: string;
	/** Whether the LMS already has this attempt as completed (or passed): a report never takes that back. */
	completedBefore: boolean;
}

/** How a report treats what the LMS already holds. */
export interface ReportOptions {
	/** Leave status and score as the LMS has them (it has the attempt as completed, this session not yet). */
	keepStatus?: boolean;
	/** Leave suspend_data as the LMS has it (this session could not read it, so must not replace it). */
	keepSuspendData?: boolean;
}

export class LmsSession {
	readonly version: FoundApi['version'];
	private finished = false;
	private lastError = '';

	constructor(private readonly found: FoundApi) {
		this.version = found.version;
	}

	/** The LMS's last complaint, in its words with its code, or ''. */
	get error(): string {
		return this.lastError;
	}

	get suspendLimit(): number {
		return this.version === '1.2' ? 4096 : 64_000;
	}

	initialize(): boolean {
		return this.check(
			this.found.version === '1.2'
				? this.found.api.LMSInitialize('')
				: this.found.api.Initialize(''),
		);
	}

	resumeData(): ResumeData {
		const get = (element12: string, element2004: string) => {
			// Reading an element the LMS has never set is an error in 2004 (403); that is normal here.
			const value =
				this.found.version === '1.2'
					? this.found.api.LMSGetValue(element12)
					: this.found.api.GetValue(element2004);
			return typeof value === 'string' ? value : '';
		};
		const status = get('cmi.core.lesson_status', 'cmi.completion_status');
		return {
			suspendData: get('cmi.suspend_data', 'cmi.suspend_data'),
			location: get('cmi.core.lesson_location', 'cmi.location'),
			learnerName: get('cmi.core.student_name', 'cmi.learner_name'),
			completedBefore: status === 'completed' || status === 'passed',
		};
	}

	/**
	 * Writes status, score, place, suspend data and the session time so far, then commits. An
	 * empty location (no page known yet) is not written; the LMS keeps what it has.
	 */
	report(
		report: LmsReport,
		suspendData: string,
		location: string,
		sessionMilliseconds: number,
		{ keepStatus = false, keepSuspendData = false }: ReportOptions = {},
	): boolean {
		const values: [string, string][] = [];
		const score = report.score === undefined || keepStatus ? [] : [String(report.score)];
		if (this.found.version === '1.2') {
			if (!keepStatus)
				values.push([
					'cmi.core.lesson_status',
					report.completed ? (report.hasQuizzes ? 'passed' : 'completed') : 'incomplete',
				]);
			for (const raw of score)
				values.push(
					['cmi.core.score.min', '0'],
					['cmi.core.score.max', '100'],
					['cmi.core.score.raw', raw],
				);
			if (location) values.push(['cmi.core.lesson_location', location.slice(0, 255)]);
			values.push(
				['cmi.core.session_time', timespan12(sessionMilliseconds)],
				['cmi.core.exit', 'suspend'],
			);
		} else {
			if (!keepStatus) {
				values.push(['cmi.completion_status', report.completed ? 'completed' : 'incomplete']);
				values.push(['cmi.success_status', report.completed ? 'passed' : 'unknown']);
				values.push(['cmi.progress_measure', String(Math.round(report.progress * 100) / 100)]);
			}
			for (const raw of score)
				values.push(
					['cmi.score.min', '0'],
					['cmi.score.max', '100'],
					['cmi.score.raw', raw],
					['cmi.score.scaled', String(Number(raw) / 100)],
				);
			if (location) values.push(['cmi.location', location.slice(0, 1000)]);
			values.push(['cmi.session_time', duration2004(sessionMilliseconds)], ['cmi.exit', 'suspend']);
		}
		if (!keepSuspendData) values.push(['cmi.suspend_data', suspendData]);
		// Every value is tried even when one is refused; the commit still carries the rest.
		const results = values.map(([element, value]) => this.set(element, value));
		return this.commit() && results.every(Boolean);
	}

	/** Session time, exit, a last commit, then finish; once only. */
	finish(sessionMilliseconds: number): boolean {
		if (this.finished) return true;
		this.finished = true;
		const results =
			this.found.version === '1.2'
				? [
						this.set('cmi.core.session_time', timespan12(sessionMilliseconds)),
						this.set('cmi.core.exit', 'suspend'),
					]
				: [
						this.set('cmi.session_time', duration2004(sessionMilliseconds)),
						this.set('cmi.exit', 'suspend'),
					];
		const ok = results.every(Boolean);
		const committed = this.commit();
		return (
			this.check(
				this.found.version === '1.2' ? this.found.api.LMSFinish('') : this.found.api.Terminate(''),
			) &&
			ok &&
			committed
		);
	}

	get isFinished(): boolean {
		return this.finished;
	}

	private set(element: string, value: string): boolean {
		return this.check(
			this.found.version === '1.2'
				? this.found.api.LMSSetValue(element, value)
				: this.found.api.SetValue(element, value),
		);
	}

	private commit(): boolean {
		return this.check(
			this.found.version === '1.2' ? this.found.api.LMSCommit('') : this.found.api.Commit(''),
		);
	}

	private check(result: unknown): boolean {
		if (String(result) === 'true') return true;
		const code =
			this.found.version === '1.2'
				? this.found.api.LMSGetLastError()
				: this.found.api.GetLastError();
		const text =
			this.found.version === '1.2'
				? this.found.api.LMSGetErrorString(code)
				: this.found.api.GetErrorString(code);
		this.lastError = `${text} (${code})`;
		return false;
	}
}
