import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEY, seedTasks } from '../../contract/index.ts';
import { CliProcess } from '../../sandbox/__tests__/cli-process.ts';
import { SANDBOX_BUNDLE_FILE } from '../../sandbox/config.ts';
import { SANDBOX_MIN_NODE_MAJOR } from '../../sandbox/node-version.ts';
import { bundleSandbox } from '../sandbox-bundle.ts';

// The bundle exactly as the build writes it, in a folder of its own: nothing beside it to import.
let dir: string;
let file: string;
let text: string;
const started: CliProcess[] = [];

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'sandbox-bundle-'));
	file = join(dir, SANDBOX_BUNDLE_FILE);
	await bundleSandbox(file);
	text = await readFile(file, 'utf8');
}, 60_000);
afterAll(async () => {
	await Promise.all(started.map((cli) => cli.stop()));
	await rm(dir, { recursive: true, force: true });
});

function run(args: string[], nodeArgs: string[] = []): CliProcess {
	const cli = new CliProcess([process.execPath, ...nodeArgs, file, ...args]);
	started.push(cli);
	return cli;
}

describe('the sandbox server as one file', { timeout: 30_000 }, () => {
	it('imports nothing but Node’s own modules', () => {
		const specifiers = [...text.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]|\bimport\s*\(\s*["'`]([^"'`]+)["'`]/g)].map((match) => match[1] ?? match[2]);
		expect(specifiers.length).toBeGreaterThan(0);
		expect(specifiers.filter((specifier) => !specifier!.startsWith('node:'))).toEqual([]);
	});

	it('runs with plain node: serves the API and stops on SIGTERM', async () => {
		const cli = run(['--port', '0']);
		const url = await cli.url();
		const list = await fetch(`${url}/tasks?api_key=${TEST_KEY}`);
		expect(await list.json()).toEqual(seedTasks);
		cli.child.kill('SIGTERM');
		expect((await cli.exited).code).toBe(0);
	});

	it('says which Node it needs on an older one, before the rest of the file runs', async () => {
		const old = `data:text/javascript,Object.defineProperty(process.versions,'node',{value:'18.20.0'})`;
		const { code, stdout, stderr } = await run(['--help'], ['--import', old]).exited;
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr.trim()).toBe(`The WorkersAI sandbox needs Node.js ${SANDBOX_MIN_NODE_MAJOR} or newer; this is Node.js 18.20.0.`);
	});
});
