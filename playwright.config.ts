import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import type { NginxOptions } from './src/__e2e__/nginx.ts';

// E2E_PORT lets several checkouts run their journeys side by side on one machine.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4391);
const BASE_PORT = ROOT_PORT + 1;
// The nginx journeys start one nginx per worker, on this port and the next.
const NGINX_PORT = ROOT_PORT + 2;

export default defineConfig<{}, NginxOptions>({
	testMatch: '**/__e2e__/**/*.spec.ts',
	testIgnore: ['**/node_modules/**', 'dist/**'],
	fullyParallel: true,
	workers: 2,
	// Sized for a busy 2-core machine, where a journey runs about three times slower than on an idle
	// one (an axe scan of a whole page takes seconds there): a slow machine waits, it does not fail.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions, trace: 'retain-on-failure' },
	projects: [
		{ name: 'site', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, testIgnore: ['**/*.base-path.spec.ts', '**/*.nginx.spec.ts'] },
		{ name: 'base-path', use: { baseURL: `http://127.0.0.1:${BASE_PORT}/docs/` }, testMatch: '**/__e2e__/**/*.base-path.spec.ts' },
		// dist/ as a real host serves it: deploy/nginx.conf with its headers and precompressed files.
		{ name: 'nginx', use: { nginxPort: NGINX_PORT }, testMatch: '**/__e2e__/**/*.nginx.spec.ts' },
	],
	// Both builds are made by `npm test` before Playwright starts; these only serve them.
	webServer: [
		{
			command: `npx astro preview --host 127.0.0.1 --port ${ROOT_PORT} --ignore-lock`,
			url: `http://127.0.0.1:${ROOT_PORT}/`,
			reuseExistingServer: false,
		},
		{
			command: `npx astro preview --host 127.0.0.1 --port ${BASE_PORT} --ignore-lock`,
			url: `http://127.0.0.1:${BASE_PORT}/docs/`,
			env: { BASE_PATH: '/docs/', OUT_DIR: './dist-base' },
			reuseExistingServer: false,
		},
	],
});
