import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// One temporary folder per run, removed at its end (tests/support/temp-root.ts).
		globalSetup: ['tests/support/temp-root.ts'],
		// Build and browser tests start Astro and Chromium; two cores are all there is.
		testTimeout: 240_000,
		hookTimeout: 240_000,
		fileParallelism: false,
		// @actions/workflow-parser imports its schema JSON without `with { type: 'json' }`, which Node
		// refuses and a bundler accepts: Vitest pre-bundles it (tests/support/validate-workflow.ts).
		deps: { optimizer: { ssr: { enabled: true, include: ['@actions/workflow-parser'] } } },
	},
});
