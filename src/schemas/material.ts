import { z } from 'astro/zod';
import { ContentIdSchema, TextSchema } from './common';

/** What kind of printable a trainer hands out or pins up. */
export const MaterialKindSchema = z.enum(['karten', 'vorlage', 'checkliste', 'arbeitsblatt'], {
	message: 'Erwartet wird karten, vorlage, checkliste oder arbeitsblatt.',
});

/**
 * A printable page for the seminar room (`content/materials/<id>.md`): a card set, template,
 * checklist or worksheet that a module's trainer notes ask for. The Markdown body is the page.
 */
export const MaterialSchema = z.object({
	/** Title printed on the page. */
	title: TextSchema,
	/** Card set, template, checklist or worksheet. */
	kind: MaterialKindSchema,
	/** One sentence for the trainer: what it is for and how many copies. */
	purpose: TextSchema,
	/** Modules whose trainer notes use it. */
	modules: z.array(ContentIdSchema).min(1, 'Mindestens ein Modul angeben.'),
});

export type MaterialData = z.infer<typeof MaterialSchema>;
export type MaterialKind = z.infer<typeof MaterialKindSchema>;
