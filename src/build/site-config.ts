import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { SiteConfigSchema, type SiteConfig } from '../schemas/site-config';

const FILE = 'content/site.yaml';
/** The content folder, as src/content.config.ts finds it (tests point `CONTENT_DIR` elsewhere). */
const contentDir = () => resolve(process.env.CONTENT_DIR ?? './content');

/**
 * Reads and checks the provider's settings. A broken file stops the build with the file, the field
 * and what is wrong, like every other piece of content.
 */
export function parseSiteConfig(text: string, publicFiles: (name: string) => boolean): SiteConfig {
	let raw: unknown;
	try {
		raw = parse(text);
	} catch (error) {
		throw new Error(`${FILE}: kein gültiges YAML (${(error as Error).message})`);
	}
	const result = SiteConfigSchema.safeParse(raw);
	if (!result.success) {
		const problems = result.error.issues.map((issue) =>
			issue.code === 'unrecognized_keys'
				? `${FILE}: ${[...issue.path, ...issue.keys].join('.')}: Dieses Feld gibt es nicht (erlaubt: platform, course, provider mit name, contact, logo, policies mit gifts, lrs mit endpoint).`
				: `${FILE}: ${issue.path.join('.') || '(Datei)'}: ${issue.message}`,
		);
		throw new Error(problems.join('\n'));
	}
	if (!publicFiles(result.data.provider.logo))
		throw new Error(
			`${FILE}: provider.logo: Die Datei public/${result.data.provider.logo} gibt es nicht.`,
		);
	return result.data;
}

let loaded: SiteConfig | undefined;

export function getSiteConfig(): SiteConfig {
	loaded ??= parseSiteConfig(readFileSync(join(contentDir(), 'site.yaml'), 'utf8'), (name) =>
		existsSync(join(process.cwd(), 'public', name)),
	);
	return loaded;
}

/**
 * The CSP's connect-src: the site itself, and the learning record store's origin when one is
 * configured, nothing else.
 */
export function connectSources(config: Pick<SiteConfig, 'lrs'>): string {
	return config.lrs ? `'self' ${new URL(config.lrs.endpoint).origin}` : "'self'";
}
