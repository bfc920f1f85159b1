import * as v from 'valibot';
import { CONTENT_ID_PATTERN } from '../content-id-rule';
import { isReservedKey } from '../reserved-keys';

/** A content id arriving from outside (a link, a file, stored progress); the rule is content-id-rule.ts. */
export const ContentIdSchema = v.pipe(
	v.string('ist kein Text'),
	v.regex(CONTENT_ID_PATTERN, 'ist ungültig'),
	v.check((id) => !isReservedKey(id), 'ist ungültig'),
);
export type ContentId = v.InferOutput<typeof ContentIdSchema>;
