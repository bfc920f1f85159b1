import * as v from 'valibot';

// An ISO 8601 instant such as toISOString() writes (a compact check: Valibot's isoTimestamp costs more bytes).
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/;

/** An instant in stored data and files, as `Date.prototype.toISOString()` writes it. */
export const TimestampSchema = v.pipe(
	v.string(),
	v.regex(ISO_INSTANT, 'Kein gültiger Zeitstempel'),
	v.check((stamp) => !Number.isNaN(Date.parse(stamp)), 'Kein gültiger Zeitstempel'),
);
export type Timestamp = v.InferOutput<typeof TimestampSchema>;
