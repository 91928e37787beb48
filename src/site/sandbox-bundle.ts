import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'rolldown';
import { SANDBOX_BUNDLE_FILE } from '../sandbox/config.ts';

const ENTRY = fileURLToPath(new URL('../sandbox/cli.ts', import.meta.url));

/**
 * Bundles the entry `npm run sandbox` runs into one JavaScript file at `file`: no install, no
 * TypeScript stripping, only Node's own modules left to import. Dynamic imports are inlined, so the
 * entry's version check still runs before the rest is evaluated.
 */
export async function bundleSandbox(file: string): Promise<number> {
	await build({
		input: ENTRY,
		platform: 'node',
		// Node 22 is the oldest it runs on; older ones must still parse it, to say so.
		transform: { target: 'node20' },
		logLevel: 'warn',
		output: {
			file,
			format: 'esm',
			codeSplitting: false,
			minify: true,
			banner: `#!/usr/bin/env node\n// The WorkersAI API sandbox. Run: node ${SANDBOX_BUNDLE_FILE} --help`,
		},
	});
	return (await stat(file)).size;
}

/** Writes the sandbox server at the root of the built site, beside the pages, before the host files are made. */
export function sandboxBundle(): AstroIntegration {
	return {
		name: 'sandbox-bundle',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const size = await bundleSandbox(join(fileURLToPath(dir), SANDBOX_BUNDLE_FILE));
				logger.info(`wrote ${SANDBOX_BUNDLE_FILE}: ${Math.round(size / 1024)} KB`);
			},
		},
	};
}
