import * as v from 'valibot';
import { isReservedKey } from '../reserved-keys';

/**
 * The key of a record in stored progress: a content id, a section slug (which may hold umlauts), a
 * path-test key (`abschlusstest--<path>`) or a generated record id. Never `_…` nor an inherited
 * member's name (reserved-keys.ts), so no key can be mistaken for a record or reach the prototype.
 */
export const RecordKeySchema = v.pipe(
	v.string(),
	v.regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]{0,119}$/u, 'Ungültige ID'),
	v.check((key) => !isReservedKey(key), 'Ungültige ID'),
);
export type RecordKey = v.InferOutput<typeof RecordKeySchema>;
