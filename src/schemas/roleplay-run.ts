import { z } from 'astro/zod';
import { ContentIdSchema } from './common';
import { MeterValuesSchema } from './meter';
import { OutcomeSchema } from './roleplay';

/**
 * One finished role-play run, as the progress store keeps it and the dashboard shows it.
 * Recorded once each time a conversation reaches an ending.
 */
export const RoleplayRunSchema = z.strictObject({
	/** Id of the scenario (its file name). */
	scenarioId: ContentIdSchema,
	/** When the learner started this run (ISO 8601). */
	startedAt: z.iso.datetime({ offset: true }),
	/** When the run reached its ending (ISO 8601). */
	finishedAt: z.iso.datetime({ offset: true }),
	/** The ids of the choices made, in order. */
	path: z.array(ContentIdSchema),
	/** The six meters at the ending. */
	meters: MeterValuesSchema,
	/** Id of the ending reached. */
	endingId: ContentIdSchema,
	/** The ending's outcome category. */
	outcome: OutcomeSchema,
});

export type RoleplayRun = z.infer<typeof RoleplayRunSchema>;
