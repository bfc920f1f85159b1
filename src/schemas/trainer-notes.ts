import { z } from 'astro/zod';
import { ContentIdSchema, MinutesSchema, TextSchema } from './common';

/**
 * What a step of the running order is. The content tests read the kinds: a module opens with
 * `opening`, ends with `closing`, and its `input` minutes are the minutes of its `<TrainerNote>`s.
 */
export const TimingKindSchema = z.enum(['opening', 'input', 'exercise', 'check', 'closing'], {
	message: 'Erwartet wird opening, input, exercise, check oder closing.',
});

/** One step of the trainer's running order for a module. */
export const TimingStepSchema = z.object({
	/** Planned minutes for this step. */
	minutes: MinutesSchema,
	/** Opening, input, group exercise, knowledge check or closing. */
	kind: TimingKindSchema,
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

/** How a role-play that practises this module is run with the whole group. */
export const RoomRoleplaySchema = z.object({
	/** The role-play (`content/roleplays/<id>.yaml`). */
	id: ContentIdSchema,
	/** Minutes in the room, debrief included. */
	minutes: MinutesSchema,
	/** How the group decides at each choice (e.g. show of hands, the trainer types the counts). */
	voting: TextSchema,
	/** Questions for the debrief after the ending. */
	debrief: z.array(TextSchema).min(2, 'Mindestens zwei Fragen für die Nachbesprechung.'),
});

/**
 * Notes for trainers. Never shown on the learner's module page or the audience screen;
 * the presenter view and the seminar planner read them.
 */
export const TrainerNotesSchema = z.object({
	/** Running order of the module in the seminar; adds up to the module's duration. */
	timing: z.array(TimingStepSchema).min(3),
	/** Questions to open a discussion with the group. */
	discussion: z.array(TextSchema).min(1),
	/** One group exercise. */
	exercise: GroupExerciseSchema,
	/** The role-plays that practise this module and how to run them in the room. */
	roleplays: z.array(RoomRoleplaySchema).default([]),
	/** Printable materials the notes ask for (`content/materials/<id>.md`). */
	materials: z.array(ContentIdSchema).default([]),
	/** Anything else the trainer should know (optional). */
	remarks: TextSchema.optional(),
});

export type TrainerNotes = z.infer<typeof TrainerNotesSchema>;
export type TimingKind = z.infer<typeof TimingKindSchema>;
