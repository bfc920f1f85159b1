import { z } from 'astro/zod';
import { BuildingBlockSchema } from './building-block';
import { ContentIdSchema, MinutesSchema, TextSchema } from './common';
import { TrainerNotesSchema } from './trainer-notes';

/**
 * Frontmatter of a course module (`content/modules/<id>.mdx`).
 * The MDX body is the learner's text; each `##` heading is a section.
 */
export const ModuleSchema = z.object({
	/** Title as learners see it. */
	title: TextSchema,
	/** One or two sentences: what the module is about. Used on path pages and in search results. */
	summary: TextSchema,
	/** The building block of relationship management this module belongs to. */
	block: BuildingBlockSchema,
	/** What the learner can do afterwards; each starts with a verb ("Sie können …"). */
	objectives: z.array(TextSchema).min(1, 'Mindestens ein Lernziel angeben.'),
	/** Planned learning time in minutes. */
	duration: MinutesSchema,
	/** Position in the complete course (1 = first). Must be unique. */
	order: z.number().int().positive(),
	/** Notes for trainers, never shown to learners. */
	trainerNotes: TrainerNotesSchema,
	/** Ids of modules worth reading next to this one. */
	related: z.array(ContentIdSchema).default([]),
});

export type ModuleData = z.infer<typeof ModuleSchema>;
