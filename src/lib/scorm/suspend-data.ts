import type { AssessmentResult } from '../../schemas/stored/assessment-result';
import type { ProgressState } from '../../schemas/stored/progress-state';
import type { QuizAnswer, QuizAttempt } from '../../schemas/stored/quiz-attempt';
import { fnv1a } from '../hash';

/**
 * Progress as `cmi.suspend_data`: what the LMS keeps between sessions so the learner resumes
 * where they left off. SCORM 1.2 allows 4,096 characters, so the format is compact:
 *
 *   {"v":2,"t":<base, epoch seconds>,
 *    "m":{<moduleId>:[first, last, readAt, readSections, markedReadAt?]},
 *    "q":{<quizId>:[[id, started, finished, correct, total, score, passed, answers?, number?], …]},
 *    "a":{<assessmentId>:[id, completed, answers, scores]}}
 *
 * Times are seconds after the base; `readSections` names the sections read, all at `readAt`, each
 * by a three-character hash of its slug (sectionKey), so that a content update that adds, moves
 * or renames a section keeps what was read of the others. Answers and scores are arrays in the
 * order of the course's question, item and dimension ids where they are known (null where not kept);
 * `number` is the attempt's number (lib/quiz/attempt.ts), absent in attempts made before pools.
 *
 * Version 1 (until 2026-11) had a bit mask over the section list and its fingerprint, and lost a
 * module's sections whenever that list changed; it is still read.
 *
 * When the text would exceed the limit, it keeps less, in this order: self-assessments go
 * first, then all quiz attempts but the first passed, the best and the last, then the answers
 * (which only the "review last attempt" view needs), then every attempt but the best. What the
 * LMS reports never depends on what was dropped. Role-play runs and notes are not kept.
 *
 * Decoding is defensive (the LMS hands back whatever it stored) and the result still goes
 * through the store's record-wise validation. It comes out as stored progress of version 1, so the
 * store's migration gives each attempt the questions it drew: those it has answers for (the last
 * attempt of each check), none for the others. A path's entry and final test are kept like a check,
 * under their keys (lib/quiz/path-test.ts), their answers in the order of the test's pool.
 */

export interface SuspendIndex {
	modules: { id: string; sections: string[]; quizId?: string }[];
	/** Quiz id → question ids in authored order. */
	quizzes: Record<string, string[]>;
	/** Assessment id → item and dimension ids in authored order. */
	assessments: Record<string, { items: string[]; dimensions: string[] }>;
}

export const SUSPEND_LIMIT_12 = 4096;
export const SUSPEND_LIMIT_2004 = 64_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Level = 0 | 1 | 2 | 3 | 4;

/** Version 1: the fingerprint of a module's section list. */
const fingerprint = (sections: string[]): string =>
	fnv1a(sections.join('\n')).toString(36).slice(0, 4);

const SECTION_KEY_LENGTH = 3;
/** A section in suspend data: three base-36 characters from its slug (46,656 values; a module has about ten sections). */
const sectionKey = (slug: string): string =>
	(fnv1a(slug) % 36 ** SECTION_KEY_LENGTH).toString(36).padStart(SECTION_KEY_LENGTH, '0');

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

function allTimes(state: ProgressState): number[] {
	const times: number[] = [];
	for (const module of Object.values(state.modules)) {
		times.push(
			seconds(module.firstVisitedAt),
			seconds(module.lastVisitedAt),
			...Object.values(module.sectionsRead).map(seconds),
		);
		if (module.markedReadAt) times.push(seconds(module.markedReadAt));
	}
	for (const attempts of Object.values(state.quizAttempts))
		for (const a of attempts) times.push(seconds(a.startedAt), seconds(a.finishedAt));
	for (const results of Object.values(state.assessments))
		for (const r of results) times.push(seconds(r.completedAt));
	return times.filter(Number.isFinite);
}

function encodeAnswers(answers: Record<string, QuizAnswer>, order: string[] | undefined): Json {
	if (!order || !Object.keys(answers).every((id) => order.includes(id))) return answers as Json;
	return order.map((id) => (id in answers ? (answers[id] as Json) : null));
}

/** The attempts kept at `level`: all, or the first passed, the best and the last, or the best alone. */
function keptAttempts(attempts: QuizAttempt[], level: Level): QuizAttempt[] {
	if (level < 2 || attempts.length <= 1) return attempts;
	const best = attempts.reduce((a, b) =>
		b.score > a.score || (b.score === a.score && b.passed && !a.passed) ? b : a,
	);
	if (level >= 4) return [best];
	const keep = new Set(
		[attempts.find((a) => a.passed), best, attempts.at(-1)].filter(
			(a): a is QuizAttempt => a !== undefined,
		),
	);
	return attempts.filter((a) => keep.has(a));
}

function encodeAt(state: ProgressState, index: SuspendIndex, level: Level): string {
	const base = Math.min(...allTimes(state), seconds(state.updatedAt));
	const off = (iso: string) => seconds(iso) - base;
	const m: Record<string, Json> = {};
	for (const [id, module] of Object.entries(state.modules)) {
		const sections = index.modules.find((meta) => meta.id === id)?.sections ?? [];
		const readTimes = Object.values(module.sectionsRead).map(off);
		const read = sections
			.filter((slug) => Object.hasOwn(module.sectionsRead, slug))
			.map(sectionKey)
			.join('');
		const entry: Json[] = [
			off(module.firstVisitedAt),
			off(module.lastVisitedAt),
			readTimes.length > 0 ? Math.max(...readTimes) : null,
			read,
		];
		if (module.markedReadAt) entry.push(off(module.markedReadAt));
		m[id] = entry;
	}
	const q: Record<string, Json> = {};
	for (const [quizId, attempts] of Object.entries(state.quizAttempts)) {
		const kept = keptAttempts(attempts, level);
		const seen = new Set<string>();
		q[quizId] = kept.map((attempt, i) => {
			let id = attempt.id.slice(0, 8);
			if (seen.has(id)) id = `${id.slice(0, 6)}${i.toString(36)}`;
			seen.add(id);
			const entry: Json[] = [
				id,
				off(attempt.startedAt),
				off(attempt.finishedAt),
				attempt.correct,
				attempt.total,
				attempt.score,
				attempt.passed ? 1 : 0,
			];
			// Answers only of the last attempt: the quiz's review shows that one.
			const answers =
				level < 3 && attempt === attempts.at(-1)
					? encodeAnswers(attempt.answers, index.quizzes[quizId])
					: null;
			// The attempt's number, so that the next attempt draws anew even where earlier ones were dropped.
			if (attempt.attempt !== undefined) entry.push(answers, attempt.attempt);
			else if (answers !== null) entry.push(answers);
			return entry;
		});
	}
	const data: Record<string, Json> = { v: 2, t: base, m, q };
	if (level < 1) {
		const a: Record<string, Json> = {};
		for (const [assessmentId, results] of Object.entries(state.assessments)) {
			const latest = results.at(-1);
			if (!latest) continue;
			const order = index.assessments[assessmentId];
			const scores =
				order && Object.keys(latest.scores).every((d) => order.dimensions.includes(d))
					? order.dimensions.map((d) =>
							d in latest.scores ? Math.round(latest.scores[d]! * 100) / 100 : null,
						)
					: latest.scores;
			const answers =
				order && Object.keys(latest.answers).every((i) => order.items.includes(i))
					? order.items.map((i) => latest.answers[i] ?? null)
					: latest.answers;
			a[assessmentId] = [
				latest.id.slice(0, 8),
				off(latest.completedAt),
				answers as Json,
				scores as Json,
			];
		}
		if (Object.keys(a).length > 0) data.a = a;
	}
	return JSON.stringify(data);
}

export interface Encoded {
	text: string;
	/** 0 = everything above; each step keeps less (see the header). */
	level: Level;
	fits: boolean;
}

/** The most complete encoding of `state` that fits in `maxChars`. */
export function encodeSuspendData(
	state: ProgressState,
	index: SuspendIndex,
	maxChars = SUSPEND_LIMIT_12,
): Encoded {
	let text = '';
	for (const level of [0, 1, 2, 3, 4] as const) {
		text = encodeAt(state, index, level);
		if (text.length <= maxChars) return { text, level, fits: true };
	}
	return { text, level: 4, fits: false };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | undefined =>
	typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function decodeKeyed<T>(value: unknown, order: string[] | undefined): Record<string, T> {
	if (Array.isArray(value) && order)
		return Object.fromEntries(
			order.flatMap((id, i) =>
				value[i] === null || value[i] === undefined ? [] : [[id, value[i] as T]],
			),
		);
	return isRecord(value) ? (value as Record<string, T>) : {};
}

/**
 * Progress from `suspend_data`, as loose data for the store's validation (load.ts), or undefined
 * when the text is empty or not ours. Never throws.
 */
export function decodeSuspendData(
	text: string,
	index: SuspendIndex,
): Record<string, unknown> | undefined {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (!isRecord(data) || (data.v !== 1 && data.v !== 2)) return undefined;
	const version = data.v;
	const base = num(data.t);
	if (base === undefined) return undefined;
	const at = (value: unknown) => {
		const offset = num(value);
		const date = offset === undefined ? undefined : new Date((base + offset) * 1000);
		return date && Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
	};
	const modules: Record<string, unknown> = {};
	const quizAttempts: Record<string, unknown> = {};
	const assessments: Record<string, unknown> = {};
	let latest = base;

	for (const [id, entry] of Object.entries(isRecord(data.m) ? data.m : {})) {
		if (!Array.isArray(entry)) continue;
		const sections = index.modules.find((meta) => meta.id === id)?.sections ?? [];
		const sectionsRead: Record<string, string> = {};
		if (version === 2) {
			const [first, last, readAt, readSections, marked] = entry as unknown[];
			const read = at(readAt);
			if (read && typeof readSections === 'string') {
				const keys = new Set(readSections.match(new RegExp(`.{${SECTION_KEY_LENGTH}}`, 'g')) ?? []);
				for (const slug of sections) if (keys.has(sectionKey(slug))) sectionsRead[slug] = read;
			}
			modules[id] = {
				firstVisitedAt: at(first),
				lastVisitedAt: at(last),
				sectionsRead,
				...(at(marked) ? { markedReadAt: at(marked) } : {}),
			};
			latest = Math.max(latest, base + (num(last) ?? 0));
			continue;
		}
		const [first, last, readAt, mask, print, marked] = entry as unknown[];
		const read = at(readAt);
		if (read && typeof mask === 'string' && print === fingerprint(sections)) {
			let bits = 0n;
			try {
				bits =
					mask === '*'
						? (1n << BigInt(sections.length)) - 1n
						: [...mask].reduce((acc, char) => acc * 36n + BigInt(parseInt(char, 36)), 0n);
			} catch {
				bits = 0n;
			}
			sections.forEach((slug, bit) => {
				if (bits & (1n << BigInt(bit))) sectionsRead[slug] = read;
			});
		}
		modules[id] = {
			firstVisitedAt: at(first),
			lastVisitedAt: at(last),
			sectionsRead,
			...(at(marked) ? { markedReadAt: at(marked) } : {}),
		};
		latest = Math.max(latest, base + (num(last) ?? 0));
	}
	for (const [quizId, attempts] of Object.entries(isRecord(data.q) ? data.q : {})) {
		if (!Array.isArray(attempts)) continue;
		quizAttempts[quizId] = attempts.flatMap((entry: unknown) => {
			if (!Array.isArray(entry)) return [];
			const [id, started, finished, correct, total, score, passed, answers, number] =
				entry as unknown[];
			latest = Math.max(latest, base + (num(finished) ?? 0));
			const attempt = num(number);
			return [
				{
					id,
					startedAt: at(started),
					finishedAt: at(finished),
					correct,
					total,
					score,
					passed: passed === 1,
					answers: decodeKeyed<QuizAnswer>(answers, index.quizzes[quizId]),
					...(attempt !== undefined ? { attempt } : {}),
				},
			];
		});
	}
	for (const [assessmentId, entry] of Object.entries(isRecord(data.a) ? data.a : {})) {
		if (!Array.isArray(entry)) continue;
		const [id, completed, answers, scores] = entry as unknown[];
		const order = index.assessments[assessmentId];
		const result: Partial<AssessmentResult> & Record<string, unknown> = {
			id: id as string,
			completedAt: at(completed),
			answers: decodeKeyed<number>(answers, order?.items),
			scores: decodeKeyed<number>(scores, order?.dimensions),
		};
		assessments[assessmentId] = [result];
	}
	return {
		version: 1,
		updatedAt: at(latest - base) ?? new Date().toISOString(),
		modules,
		quizAttempts,
		assessments,
	};
}
