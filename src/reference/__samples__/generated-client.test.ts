import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { API_PATH, TEST_KEY, createTaskExample, seedTasks, taskSchema, testModeCategory } from '../../contract/index.ts';
import { startSandboxServer, type SandboxServer } from '../../sandbox/server.ts';
import { GENERATED_TYPES_FILE, typescriptClient } from '../typescript-client.ts';

/*
 * What a TypeScript developer does with /openapi.json (dist/, so `npm run build` first): generate
 * types with openapi-typescript's default options, write a client with openapi-fetch, compile it
 * with `tsc --strict`, and run it against the sandbox server.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = (path: string) => join(root, 'node_modules', path);
const run = (args: string[], cwd = root) => promisify(execFile)(process.execPath, args, { cwd, maxBuffer: 16 * 1024 * 1024 });

const { instruction, params, callback_url } = createTaskExample;

/** The Introduction's client, then a create with the minimal body and the reads. */
const client = (baseUrl: string) => `${typescriptClient({ baseUrl, apiKey: TEST_KEY })}
if (error) throw new Error(JSON.stringify(error));
const created = await client.POST('/tasks', { body: ${JSON.stringify({ instruction, params, callback_url })} });
if (!created.data) throw new Error(JSON.stringify(created.error));
const listed = await client.GET('/tasks');
const read = await client.GET('/tasks/{id}', { params: { path: { id: created.data.external_id } } });
const missing = await client.GET('/tasks/{id}', { params: { path: { id: 'nope' } } });
console.log(JSON.stringify({ before: tasks, created: created.data, listed: listed.data, read: read.data, missing: missing.error?.error.type }));
`;

let sandbox: SandboxServer;
let dir: string;
beforeAll(async () => {
	sandbox = await startSandboxServer({ port: 0, log: () => {} });
	// Inside the repository, so that the client finds openapi-fetch in its node_modules.
	dir = await mkdtemp(join(root, 'tmp', 'generated-client-'));
});
afterAll(async () => {
	await sandbox?.close();
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a client generated from /openapi.json', () => {
	it('compiles with tsc --strict with the minimal create body, and creates, lists and reads against the sandbox', { timeout: 180_000 }, async () => {
		await run([bin('openapi-typescript/bin/cli.js'), join(root, 'dist/openapi.json'), '--output', join(dir, GENERATED_TYPES_FILE)]);
		await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
		await writeFile(join(dir, 'client.ts'), client(`${sandbox.url}${API_PATH}`));

		const compilerOptions = { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', lib: ['es2022', 'dom'], allowImportingTsExtensions: true };
		await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['client.ts'] }));
		const compiled = await run([bin('typescript/bin/tsc'), '--project', dir], dir).catch((error: { stdout: string }) => error);
		expect(compiled.stdout).toBe('');

		const { stdout } = await run(['client.ts'], dir);
		const answers = z
			.object({ before: z.array(taskSchema), created: taskSchema, listed: z.array(taskSchema), read: taskSchema, missing: z.string().optional() })
			.parse(JSON.parse(stdout));
		expect(answers.before).toEqual(seedTasks);
		expect(answers.created).toMatchObject({ instruction, params, callback_url, task_type: 'categorization', metadata: {}, status: 'pending' });
		expect(answers.listed.map((task) => task.external_id)).toEqual([answers.created.external_id, ...seedTasks.map((task) => task.external_id)]);
		expect(answers.read).toMatchObject({ external_id: answers.created.external_id, status: 'completed', response: { category: testModeCategory(answers.created) } });
		expect(answers.missing).toBe('not_found');
	});
});
