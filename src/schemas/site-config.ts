import { z } from 'astro/zod';
import { TextSchema } from './common';

/**
 * The seminar provider's settings (`content/site.yaml`): one file that makes the site theirs.
 * Header, footer, certificate, completion record and SCORM manifest read it.
 */
export const SiteConfigSchema = z.strictObject({
	/** The learning platform's name, shown in the header and page titles, e.g. "beziehungsweise". */
	platform: TextSchema.max(60, 'Höchstens 60 Zeichen.'),
	/** The course as a whole, e.g. on the certificate and as the LMS package's organisation. */
	course: TextSchema.max(120, 'Höchstens 120 Zeichen.'),
	provider: z.strictObject({
		/** Who offers the course, as it should stand on a certificate. */
		name: TextSchema.max(120, 'Höchstens 120 Zeichen.'),
		/** One line for questions, e.g. an e-mail address and a phone number. */
		contact: TextSchema.max(200, 'Höchstens 200 Zeichen.'),
		/** The logo: a file in `public/` (SVG or PNG), shown beside the platform name. */
		logo: z
			.string()
			.regex(
				/^[a-z0-9][a-z0-9._-]*\.(svg|png)$/,
				'Erwartet wird der Name einer SVG- oder PNG-Datei in public/, z. B. "logo.svg".',
			),
	}),
	/**
	 * The company's learning record store, when it has one: the site then sends xAPI statements to
	 * it, and the build allows exactly its origin in the CSP's connect-src. Without it nothing is sent.
	 */
	lrs: z
		.strictObject({
			/** The xAPI endpoint, ending in "/", e.g. "https://lrs.firma.example/xAPI/"; https, or http on this machine for tests. */
			endpoint: z
				.string()
				.regex(
					/^(https:\/\/[a-z0-9.-]+(:\d+)?|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?)(\/[^\s"'<>]*)?\/$/i,
					'Erwartet wird eine https-Adresse, die mit "/" endet, z. B. "https://lrs.firma.example/xAPI/".',
				),
		})
		.optional(),
	/** Where the company that runs the course keeps its own rules; modules name it (`<CompanyPolicy>`). */
	policies: z.strictObject({
		gifts: z.strictObject({
			/** One sentence saying where the gift and invitation policy is, e.g. "im Intranet unter …". */
			where: TextSchema.max(300, 'Höchstens 300 Zeichen.'),
			/** Its address, if it has one (https only). */
			url: z
				.string()
				.regex(/^https:\/\/[^\s"'<>]+$/, 'Erwartet wird eine Adresse, die mit https:// beginnt.')
				.optional(),
		}),
	}),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;
