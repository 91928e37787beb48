import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/* The served /openapi.json (dist/, so `npm run build` first), linted by Redocly CLI with the repository's redocly.yaml. */
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('/openapi.json', () => {
	it("passes Redocly's recommended rules without an error or a warning", async () => {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			[join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', join(root, 'dist/openapi.json'), '--config', join(root, 'redocly.yaml'), '--format', 'json'],
			// No telemetry and no update check: the run stays on this machine.
			{ cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
		).catch((error: { stdout: string }) => error);
		const { totals, problems } = JSON.parse(stdout) as { totals: Record<string, number>; problems: { ruleId: string; message: string }[] };
		expect(problems.map(({ ruleId, message }) => `${ruleId}: ${message}`)).toEqual([]);
		expect(totals).toMatchObject({ errors: 0, warnings: 0 });
	});
});
