import { z } from 'astro/zod';
import { TextSchema } from './common';

/**
 * A role-play scenario (`content/roleplays/<id>.yaml`). Only the title is fixed for now;
 * the role-play issue defines nodes, choices, meters and endings.
 */
export const RoleplaySchema = z.looseObject({
	title: TextSchema,
});

export type Roleplay = z.infer<typeof RoleplaySchema>;
