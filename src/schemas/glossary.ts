import { z } from 'astro/zod';
import { ContentIdSchema, TextSchema } from './common';

/**
 * A glossary entry (`content/glossary/<id>.md`). The Markdown body may explain the term at more length.
 * Modules link a term with `<Term id="<id>">…</Term>`.
 */
export const GlossaryTermSchema = z.object({
	/** The term as it is written, e.g. "Beziehungsqualität". */
	term: TextSchema,
	/** One or two sentences. */
	definition: TextSchema,
	/** Ids of other glossary entries. */
	related: z.array(ContentIdSchema).default([]),
});

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
