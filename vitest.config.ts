import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					// Playwright's specs live in __e2e__ folders and run in a real browser, not here.
					include: ['{src,mocks,scripts}/**/__tests__/**/*.test.ts'],
				},
			},
			{
				// Checks the host files of both builds against their pages: needs both builds first.
				test: { name: 'built', include: ['src/**/__built__/**/*.test.ts'] },
			},
			{
				// Runs what a reader takes from the built site against the sandbox server: the samples, a
				// client generated from openapi.json, the Postman collection. Needs `npm run build` first.
				test: { name: 'samples', include: ['src/**/__samples__/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
			},
		],
	},
});
