import { z } from 'astro/zod';
import { ContentIdSchema, TextSchema } from './common';

/**
 * A self-assessment (`content/assessments/<id>.yaml`): Likert items grouped by dimension.
 * A dimension's score is the mean of its items (reverse items mirrored on the scale);
 * interpretation bands map that mean to a label, an interpretation and advice.
 */

/** The answer scale, e.g. 1 "trifft gar nicht zu" … 5 "trifft voll zu". */
export const LikertScaleSchema = z
	.object({
		min: z.number().int(),
		max: z.number().int(),
		/** One label per scale point, from min to max. */
		labels: z.array(TextSchema),
	})
	.superRefine((scale, ctx) => {
		if (scale.max <= scale.min)
			ctx.addIssue({ code: 'custom', path: ['max'], message: '"max" muss größer als "min" sein.' });
		else if (scale.labels.length !== scale.max - scale.min + 1)
			ctx.addIssue({
				code: 'custom',
				path: ['labels'],
				message: `Erwartet ${scale.max - scale.min + 1} Beschriftungen (eine je Skalenpunkt).`,
			});
	});

/** One statement the learner rates. */
export const LikertItemSchema = z.object({
	/** Stable id within the assessment; stored with answers. */
	id: ContentIdSchema,
	/** The statement, in the first person ("Ich …"). */
	text: TextSchema,
	/** True when agreeing means a lower score (the answer is mirrored). */
	reverse: z.boolean().default(false),
});

/** Interpretation of a score range within a dimension. Ranges are [min, max), the last includes max. */
export const InterpretationBandSchema = z.object({
	min: z.number(),
	max: z.number(),
	/** Short label, e.g. "Ausbaufähig". */
	label: TextSchema,
	/** What a score in this range says. */
	interpretation: TextSchema,
	/** What the learner can do next. */
	advice: TextSchema,
});

export const DimensionSchema = z.object({
	id: ContentIdSchema,
	/** Name of the dimension, e.g. "Vertrauen". */
	title: TextSchema,
	/** What the dimension measures. */
	description: TextSchema,
	items: z.array(LikertItemSchema).min(1),
	/** Contiguous bands covering the whole scale, in ascending order. */
	bands: z.array(InterpretationBandSchema).min(1),
});

export const AssessmentSchema = z
	.object({
		/** Title shown to the learner. */
		title: TextSchema,
		/** Introduction: what the assessment is for and how to answer. */
		description: TextSchema,
		scale: LikertScaleSchema,
		dimensions: z.array(DimensionSchema).min(1),
	})
	.superRefine((assessment, ctx) => {
		const { min, max } = assessment.scale;
		const itemIds = new Set<string>();
		const dimensionIds = new Set<string>();
		assessment.dimensions.forEach((dimension, d) => {
			if (dimensionIds.has(dimension.id))
				ctx.addIssue({
					code: 'custom',
					path: ['dimensions', d, 'id'],
					message: `Die Dimensions-ID "${dimension.id}" kommt mehrfach vor.`,
				});
			dimensionIds.add(dimension.id);
			dimension.items.forEach((item, i) => {
				if (itemIds.has(item.id))
					ctx.addIssue({
						code: 'custom',
						path: ['dimensions', d, 'items', i, 'id'],
						message: `Die Aussagen-ID "${item.id}" kommt mehrfach vor.`,
					});
				itemIds.add(item.id);
			});
			const bands = dimension.bands;
			const at = (b: number, field: 'min' | 'max') => ['dimensions', d, 'bands', b, field];
			if (bands[0] && bands[0].min !== min)
				ctx.addIssue({
					code: 'custom',
					path: at(0, 'min'),
					message: `Das erste Band muss bei ${min} (Skalenminimum) beginnen.`,
				});
			bands.forEach((band, b) => {
				if (band.max <= band.min)
					ctx.addIssue({
						code: 'custom',
						path: at(b, 'max'),
						message: '"max" muss größer als "min" sein.',
					});
				const next = bands[b + 1];
				if (next && next.min !== band.max)
					ctx.addIssue({
						code: 'custom',
						path: at(b + 1, 'min'),
						message: `Lücke oder Überlappung: erwartet "min: ${band.max}".`,
					});
			});
			const last = bands.at(-1);
			if (last && last.max !== max)
				ctx.addIssue({
					code: 'custom',
					path: at(bands.length - 1, 'max'),
					message: `Das letzte Band muss bei ${max} (Skalenmaximum) enden.`,
				});
		});
	});

export type Assessment = z.infer<typeof AssessmentSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
