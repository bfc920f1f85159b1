import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/**
 * Browser tests run against the built site (`dist/`) served on 127.0.0.1.
 * Chromium comes from the machine, never from a download: CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then a browser Playwright installed earlier.
 */
// Otherwise Playwright's own browser, if one was installed; checked below.
const executablePath = findChromium();
if (!executablePath && !process.env.PLAYWRIGHT_USE_BUNDLED) {
	throw new Error(
		[
			'Kein Chromium gefunden. / No Chromium found.',
			'Install one without downloading from Playwright, e.g. on Debian/Ubuntu:  sudo apt-get install -y chromium',
			'or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
			'(If you installed Playwright browsers yourself, set PLAYWRIGHT_USE_BUNDLED=1.)',
		].join('\n'),
	);
}

const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off',
		// Each test opens a fresh context; the service worker would store the whole course (about
		// 5 MB) in every one of them and its requests would blur what the byte and network tests
		// count. tests/e2e/offline.spec.ts allows it where offline use is the subject.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath,
			args: CHROMIUM_ARGS,
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
