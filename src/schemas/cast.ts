import { z } from 'astro/zod';
import { ContentIdSchema, TextSchema } from './common';

/**
 * The course's one cast (`content/cast.yaml`): every fictional company and person a case, check or
 * role-play names, each person with one role at one company. The content tests hold the course to it
 * (tests/unit/content/cast.test.ts), so a name cannot stand for two companies or a person hold two jobs.
 */

/** Industries the cases come from; the course draws on at least five. */
export const INDUSTRIES = [
	'maschinenbau',
	'it-dienstleistungen',
	'logistik',
	'bank-versicherung',
	'gesundheitswesen',
	'energie-versorgung',
	'oeffentliche-hand',
	'chemie-pharma',
	'lebensmittel-getraenke',
	'handel',
	'bau',
	'medizintechnik',
	'beratung-dienstleistung',
] as const;

/** What a person does, so a path can be shown to meet its own audience in the cases. */
export const FUNCTIONS = [
	'vertrieb',
	'key-account',
	'technik',
	'service',
	'innendienst',
	'projektleitung',
	'fuehrung',
	'geschaeftsleitung',
	'einkauf',
	'fachbereich',
	'instandhaltung',
	'compliance',
	'verwaltung',
] as const;

export const CastCompanySchema = z.strictObject({
	/** How people refer to it: `people[].company` and role-play counterparts use this. */
	id: ContentIdSchema,
	/** Full name with legal form, e.g. "Brunner Pumpen AG"; unique in the cast. */
	name: TextSchema,
	/** What the text calls it for short, e.g. "Brunner"; unique in the cast. */
	short: TextSchema,
	industry: z.enum(INDUSTRIES),
	/** Seat, a German city (content/STYLE.md). */
	city: TextSchema,
	/** The one content file whose story this company belongs to, e.g. "modules/bedeutung". */
	story: z
		.string()
		.regex(
			/^(modules|quizzes|roleplays|assessments|materials)\/[a-z0-9-]+$/,
			'Erwartet wird eine Inhaltsdatei wie "modules/bedeutung" oder "roleplays/erstbesuch-werk".',
		),
});

export const CastPersonSchema = z.strictObject({
	/** First and last name, e.g. "Sabine Roth"; unique in the cast. */
	name: z
		.string()
		.regex(
			/^\p{Lu}[\p{L}-]+ \p{Lu}[\p{L}-]+$/u,
			'Erwartet werden Vor- und Nachname, z. B. "Sabine Roth".',
		),
	/** The person's one job title as the course writes it, e.g. "Key Account Managerin". */
	role: TextSchema,
	/** Id of the company in `companies`. */
	company: ContentIdSchema,
	function: z.enum(FUNCTIONS),
});

export const CastSchema = z.strictObject({
	companies: z.array(CastCompanySchema).min(1),
	people: z.array(CastPersonSchema).min(1),
});

export type Cast = z.infer<typeof CastSchema>;
export type CastCompany = z.infer<typeof CastCompanySchema>;
export type CastPerson = z.infer<typeof CastPersonSchema>;
