import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Build tests run `astro build` on fixtures; they need more than the default 5 s.
		testTimeout: 120_000,
	},
});
