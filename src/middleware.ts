import { defineMiddleware } from 'astro:middleware';
import { keepHashesInUse } from './lib/csp/prune-hashes';

/** Every built page's policy allows only the inline code that page contains (lib/csp/prune-hashes.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	return new Response(keepHashesInUse(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
