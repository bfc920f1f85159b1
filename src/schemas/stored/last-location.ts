import * as v from 'valibot';
import { TimestampSchema } from './timestamp';

/** The page the learner last read, for "Weiterlesen". */
export const LastLocationSchema = v.object({
	// A path of this site: "//host/…" and "/\host/…" would lead to another one.
	href: v.pipe(
		v.string(),
		v.regex(/^\/(?![/\\])[^\s]*$/, 'Nur Adressen dieser Website'),
		v.maxLength(500),
	),
	title: v.pipe(v.string(), v.maxLength(300)),
	at: TimestampSchema,
});
export type LastLocation = v.InferOutput<typeof LastLocationSchema>;
