import * as v from 'valibot';
import { parseAssigneeLines } from './assignees';
import {
	AssignmentSchema,
	type AssignedItem,
	type Assignment,
} from '../../schemas/stored/assignment';
import { describeIssue } from '../../i18n/describe-issue';
import { message, type Message } from '../../i18n/message';

/**
 * HR's form, turned into one assignment per person. Each field is checked on its own so the form
 * can say next to the field what is wrong; the finished assignments are validated against the
 * same schema a learner's page uses, so HR can never make a link the learner's page refuses.
 */

export interface AssignmentDraft {
	pathIds: string[];
	moduleIds: string[];
	/** YYYY-MM-DD, as an `<input type="date">` gives it. */
	due: string;
	issuedBy: string;
	message: string;
	/** One person a line: "Name; E-Mail", "Name <E-Mail>" or a name alone. */
	people: string;
}

export type DraftField = 'items' | 'due' | 'issuedBy' | 'message' | 'people';
export type DraftErrors = Partial<Record<DraftField, Message>>;

export type ComposeResult =
	| { ok: true; assignments: Assignment[] }
	| { ok: false; errors: DraftErrors; peopleProblems: Message[] };

const fieldError = (schema: v.GenericSchema, value: unknown): string | undefined => {
	const result = v.safeParse(schema, value);
	return result.success ? undefined : result.issues[0].message;
};

export function composeAssignments(
	draft: AssignmentDraft,
	today: string,
	id: string,
): ComposeResult {
	const errors: DraftErrors = {};
	const items: AssignedItem[] = [
		...draft.pathIds.map((p) => ({ kind: 'path' as const, id: p })),
		...draft.moduleIds.map((m) => ({ kind: 'module' as const, id: m })),
	];
	if (items.length === 0) errors.items = message('hr.error.itemsMissing');
	else {
		const problem = fieldError(AssignmentSchema.entries.items, items);
		if (problem) errors.items = message('hr.error.itemsInvalid', { problem });
	}

	if (draft.due === '') errors.due = message('hr.error.dueMissing');
	else {
		const problem = fieldError(AssignmentSchema.entries.due, draft.due);
		if (problem) errors.due = message('hr.error.dueInvalid', { problem });
		else if (draft.due < today) errors.due = message('hr.error.duePast');
	}

	const issuedBy = draft.issuedBy.trim();
	if (issuedBy === '') errors.issuedBy = message('hr.error.issuerMissing');
	else {
		const problem = fieldError(AssignmentSchema.entries.issuedBy, issuedBy);
		if (problem) errors.issuedBy = message('hr.error.issuerInvalid', { problem });
	}

	const note = draft.message.trim();
	const messageProblem = note ? fieldError(AssignmentSchema.entries.message, note) : undefined;
	if (messageProblem)
		errors.message = message('hr.error.messageInvalid', { problem: messageProblem });

	const { assignees, problems } = parseAssigneeLines(draft.people);
	if (assignees.length === 0 && problems.length === 0)
		errors.people = message('hr.error.peopleMissing');
	else if (problems.length > 0)
		errors.people =
			problems.length === 1
				? message('hr.error.peopleProblemOne')
				: message('hr.error.peopleProblemMany', { count: problems.length });

	if (Object.keys(errors).length > 0) return { ok: false, errors, peopleProblems: problems };

	const assignments: Assignment[] = [];
	for (const assignee of assignees) {
		const candidate = {
			id,
			issuedBy,
			issuedAt: today,
			due: draft.due,
			...(note ? { message: note } : {}),
			items,
			assignee,
		};
		const parsed = v.safeParse(AssignmentSchema, candidate);
		// Every field was checked above; this is the schema's last word before a link goes out.
		if (!parsed.success)
			return {
				ok: false,
				errors: {
					people: message('hr.error.person', {
						name: assignee.name,
						problem: describeIssue(parsed.issues[0]),
					}),
				},
				peopleProblems: [],
			};
		assignments.push(parsed.output);
	}
	return { ok: true, assignments };
}

/** A `mailto:` address with subject and body; the address's `@` stays readable. */
export function mailtoHref(email: string, subject: string, body: string): string {
	return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
