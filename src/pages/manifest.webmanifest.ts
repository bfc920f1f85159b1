import type { APIRoute } from 'astro';
import { getSiteConfig } from '../build/site-config';
import { t } from '../i18n';
import { href } from '../lib/links';

/** The web app manifest: the course can be installed on a laptop or phone, named as in content/site.yaml. */
export const GET: APIRoute = () => {
	const site = getSiteConfig();
	const logo = href(`/${site.provider.logo}`);
	const type = site.provider.logo.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
	const manifest = {
		name: `${site.platform} – ${site.course}`,
		short_name: site.platform,
		description: t('offline.manifestDescription'),
		lang: 'de',
		start_url: href('/'),
		scope: href('/'),
		display: 'standalone',
		background_color: '#fbfaf7',
		theme_color: '#0b5c73',
		icons: [
			{ src: logo, sizes: 'any', type, purpose: 'any' },
			{ src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
		],
	};
	return new Response(JSON.stringify(manifest, null, 2), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
};
