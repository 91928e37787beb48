import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Playwright's specs live in __e2e__ folders and run in a real browser, not here.
		include: ['{src,mocks,scripts}/**/__tests__/**/*.test.ts'],
		exclude: ['**/node_modules/**', '**/__e2e__/**', 'dist/**'],
	},
});
