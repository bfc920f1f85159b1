import { z } from 'astro/zod';
import { CONTENT_ID_PATTERN } from './content-id-rule';
import { isReservedKey } from './reserved-keys';

/**
 * Building blocks shared by every schema.
 * Content ids are the file names without extension (e.g. `content/modules/diagnose.mdx` → `diagnose`).
 */

/** A content id as written by authors: lower-case letters, digits and hyphens (content-id-rule.ts). */
export const ContentIdSchema = z
	.string()
	.regex(
		CONTENT_ID_PATTERN,
		'Erwartet wird eine ID aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen, höchstens 120 Zeichen, z. B. "beziehungsqualitaet".',
	)
	// The learner's stored progress refuses such keys (reserved-keys.ts), so no content may carry them.
	.refine(
		(id) => !isReservedKey(id),
		'Diese ID ist in JavaScript reserviert (z. B. "constructor"); bitte eine andere wählen.',
	);

/** A non-empty line of German text shown to learners. */
export const TextSchema = z.string().trim().min(1, 'Darf nicht leer sein.');

/** A whole number of minutes, at least one. */
export const MinutesSchema = z
	.number()
	.int('Ganze Minuten erwartet.')
	.positive('Mindestens 1 Minute.');
