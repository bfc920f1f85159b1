import { z } from 'astro/zod';

/**
 * The building blocks of relationship management the course is organised by.
 * Learner-facing labels live in the UI dictionary under `block.<id>`.
 */
export const BUILDING_BLOCKS = [
	'bedeutung',
	'chancen-risiken',
	'beziehungsqualitaet',
	'diagnose',
	'ziele-strategien',
	'organisation',
	'persoenlich',
	'transfer',
] as const;

export const BuildingBlockSchema = z.enum(BUILDING_BLOCKS);

export type BuildingBlock = z.infer<typeof BuildingBlockSchema>;
