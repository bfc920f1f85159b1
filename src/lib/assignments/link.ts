import * as v from 'valibot';
import { AssignmentSchema, type Assignment } from '../../schemas/stored/assignment';
import { describeIssue } from '../../i18n/describe-issue';
import { message, type Message } from '../../i18n/message';
import { fnv1a } from '../hash';

/**
 * An assignment travels in the fragment of a link (`…/zuweisung/#z1.<data>.<check>`), which browsers
 * never send to a server. `<data>` is the assignment as JSON, UTF-8, base64url; `<check>` is a
 * checksum over `<data>`. The checksum catches links cut off or garbled on the way (mail clients
 * wrap long lines); it is no signature: anyone can write a valid link, so a link is untrusted
 * input and its text is only ever shown as text.
 */

const PREFIX = 'z1.';
/** Far above a real assignment (about 600 characters with a long message), far below trouble. */
export const MAX_FRAGMENT_CHARS = 6000;

const CHECK_LENGTH = 7; // 2^32 in base 36 needs seven digits

/** Enough to notice damage (not tampering, see above). */
const checksum = (text: string): string => fnv1a(text).toString(36).padStart(CHECK_LENGTH, '0');

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The fragment format for any JSON value; `encodeAssignment` is its typed front (tests feed it hostile values). */
export function encodePayload(value: unknown): string {
	const data = toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
	return `${PREFIX}${data}.${checksum(data)}`;
}

/** The fragment (without `#`) that carries the assignment. */
export const encodeAssignment = (assignment: Assignment): string => encodePayload(assignment);

/** The full link for one person: the accept page's absolute address plus the fragment. */
export function assignmentLink(acceptPageUrl: string, assignment: Assignment): string {
	return `${acceptPageUrl.replace(/#.*$/, '')}#${encodeAssignment(assignment)}`;
}

export type DecodeResult = { ok: true; assignment: Assignment } | { ok: false; message: Message };

const TRUNCATED = message('assignment.link.truncated');
const DAMAGED = message('assignment.link.damaged');

/** Reads a fragment (with or without `#`). Never throws; every refusal says what is wrong (a de.json message). */
export function decodeAssignment(fragment: string): DecodeResult {
	const text = fragment.replace(/^#/, '').trim();
	if (text === '')
		return {
			ok: false,
			message: message('assignment.link.empty'),
		};
	if (text.length > MAX_FRAGMENT_CHARS)
		return {
			ok: false,
			message: message('assignment.link.tooLong', {
				length: text.length.toLocaleString('de-DE'),
				max: MAX_FRAGMENT_CHARS.toLocaleString('de-DE'),
			}),
		};
	if (/^z\d+\./.test(text) && !text.startsWith(PREFIX))
		return {
			ok: false,
			message: message('assignment.link.otherVersion'),
		};
	const match = /^z1\.([A-Za-z0-9_-]+)\.([0-9a-z]+)$/.exec(text);
	if (!match) {
		const truncated = /^z1?\.?[A-Za-z0-9_-]*\.?$/.test(text);
		return {
			ok: false,
			message: truncated ? TRUNCATED : DAMAGED,
		};
	}
	const [, data = '', check = ''] = match;
	if (check.length < CHECK_LENGTH) return { ok: false, message: TRUNCATED };
	if (checksum(data) !== check) return { ok: false, message: message('assignment.link.checksum') };

	let parsed: unknown;
	try {
		parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(data)));
	} catch {
		return { ok: false, message: DAMAGED };
	}
	const result = v.safeParse(AssignmentSchema, parsed);
	if (!result.success)
		return {
			ok: false,
			message: message('assignment.link.invalid', { problem: describeIssue(result.issues[0]) }),
		};
	return { ok: true, assignment: result.output };
}

/** A new assignment id: 12 random characters from [a-z0-9]. */
export function newAssignmentId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
}
