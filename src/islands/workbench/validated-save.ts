import { useState } from 'react';
import * as v from 'valibot';
import type { UiKey } from '../../i18n';
import { t } from '../../i18n/client';
import { WorkbenchCustomerSchema } from '../../schemas/stored/workbench';
import type { CustomerDraft, CustomerToolProps } from './types';

/**
 * Saves a changed customer only when it passes the same schema the store validates on reading,
 * so nothing the learner typed is stored in a shape the next visit would drop. The refusal names
 * the field and the problem; a success is announced.
 */
export function useValidatedSave({ save }: Pick<CustomerToolProps, 'save'>) {
	const [error, setError] = useState('');
	const [status, setStatus] = useState('');
	return {
		error,
		status,
		announce: (text: string) => {
			setError('');
			setStatus(text);
		},
		save: (draft: CustomerDraft, success: string): boolean => {
			const problem = problemWith(draft);
			if (problem) {
				setStatus('');
				setError(problem);
				return false;
			}
			setError('');
			save(draft);
			setStatus(success);
			return true;
		},
	};
}

/** The fields a refusal can name (de.json workbench.field.*). */
const FIELD_KEYS = new Set(
	[
		'name',
		'segment',
		'revenueBand',
		'profitability',
		'futureChances',
		'people',
		'committees',
		'ourContacts',
		'links',
		'ratings',
		'actions',
		'function',
		'what',
		'who',
		'personId',
		'due',
		'followUp',
		'criterion',
		'status',
		'date',
		'strength',
		'influence',
	].map((field) => `workbench.field.${field}`),
);

/** What is wrong with a customer the learner changed, in German; undefined when it may be stored. */
export function problemWith(draft: CustomerDraft): string | undefined {
	const checked = v.safeParse(WorkbenchCustomerSchema, {
		...draft,
		updatedAt: new Date().toISOString(),
	});
	return checked.success ? undefined : describeProblem(checked.issues[0]);
}

/** "Name: darf nicht leer sein" from the first schema issue, with the field named in German. */
export function describeProblem(issue: v.BaseIssue<unknown>): string {
	const keys = (issue.path ?? [])
		.map((item) => String(item.key))
		.filter((key) => !/^\d+$/.test(key));
	const key = `workbench.field.${keys.at(-1) ?? 'name'}`;
	const field = FIELD_KEYS.has(key) ? t(key as UiKey) : t('workbench.field.name');
	return t('workbench.invalid', { field, problem: issue.message });
}
