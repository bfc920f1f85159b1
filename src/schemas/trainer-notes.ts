import { z } from 'astro/zod';
import { MinutesSchema, TextSchema } from './common';

/** One step of the trainer's running order for a module. */
export const TimingStepSchema = z.object({
	/** Planned minutes for this step. */
	minutes: MinutesSchema,
	/** What happens in this step, e.g. "Einstieg: Erfahrungen sammeln". */
	activity: TextSchema,
});

/** A group exercise the trainer runs in the seminar room. */
export const GroupExerciseSchema = z.object({
	/** Short title of the exercise. */
	title: TextSchema,
	/** Planned minutes. */
	minutes: MinutesSchema,
	/** Instructions for the trainer (Markdown-free plain text). */
	instructions: TextSchema,
});

/**
 * Notes for trainers. Never shown on the learner's module page or the audience screen;
 * the presenter view reads them.
 */
export const TrainerNotesSchema = z.object({
	/** Running order of the module in the seminar. */
	timing: z.array(TimingStepSchema).min(1),
	/** Questions to open a discussion with the group. */
	discussion: z.array(TextSchema).min(1),
	/** One group exercise. */
	exercise: GroupExerciseSchema,
	/** Anything else the trainer should know (optional). */
	remarks: TextSchema.optional(),
});

export type TrainerNotes = z.infer<typeof TrainerNotesSchema>;
