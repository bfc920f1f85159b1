import { z } from 'astro/zod';
import { FUNCTIONS } from './cast';
import { ContentIdSchema, TextSchema } from './common';

/** A learning path (`content/paths/<id>.yaml`): an ordered selection of modules for one audience. */
export const PathSchema = z.object({
	/** Title as learners see it. */
	title: TextSchema,
	/** Who the path is for, e.g. "Vertrieb und Key Account Management". */
	audience: TextSchema,
	/** What the path offers, two to four sentences. */
	description: TextSchema,
	/** Position among the paths on the home page (1 = first). */
	order: z.number().int().positive(),
	/** Module ids in the order learners take them. Duration is summed from these modules. */
	modules: z
		.array(ContentIdSchema)
		.min(1, 'Ein Lernpfad braucht mindestens ein Modul.')
		.refine(
			(ids) => new Set(ids).size === ids.length,
			'Ein Modul darf nur einmal im Lernpfad stehen.',
		),
	/**
	 * The functions of the path's audience the learner meets in its cases and role-plays
	 * (content/cast.yaml), e.g. `[technik, innendienst]`; the content tests check each appears.
	 */
	meets: z.array(z.enum(FUNCTIONS)).min(1, 'Nennen Sie mindestens eine Funktion der Zielgruppe.'),
});

export type PathData = z.infer<typeof PathSchema>;
