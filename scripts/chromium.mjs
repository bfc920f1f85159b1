// The Chromium the browser tests and the bench use: one from the machine, never a download.
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH, then Debian's and other usual places; undefined when none is there. */
export function findChromium() {
	return [
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
	].find((path) => path && existsSync(path));
}

/** No sandbox (the tests run as root in CI) and nothing that calls home. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-gpu',
];
