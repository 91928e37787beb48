import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_KEY, createTaskExample } from '../../contract/index.ts';
import { SANDBOX_MIN_NODE_MAJOR } from '../node-version.ts';
import { CliProcess } from './cli-process.ts';
import { startReceiver, type TestReceiver } from './callback-receiver.ts';

// The entry npm run sandbox runs, on the Node running the tests (the project's own).
const ENTRY = fileURLToPath(new URL('../cli.ts', import.meta.url));
const KEY = `api_key=${TEST_KEY}`;
const started: CliProcess[] = [];
const receivers: TestReceiver[] = [];

afterEach(async () => {
	await Promise.all(started.splice(0).map((cli) => cli.stop()));
	await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

function cli(args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []): CliProcess {
	const process_ = new CliProcess([process.execPath, ...nodeArgs, ENTRY, ...args], env);
	started.push(process_);
	return process_;
}

/** Exits 1 with one clear sentence naming `names`, and no stack trace. */
async function expectRefused(run: CliProcess, ...names: string[]): Promise<void> {
	const { code, stdout, stderr } = await run.exited;
	expect(code).toBe(1);
	expect(stdout).toBe('');
	for (const name of names) expect(stderr).toContain(name);
	expect(stderr).not.toMatch(/^\s+at /m);
	expect(stderr).toContain('--help');
}

// Each test starts a Node process, which takes seconds on a loaded machine.
describe('the sandbox’s command line', { timeout: 30_000 }, () => {
	it('prints its options with --help and exits 0', async () => {
		const { code, stdout } = await cli(['--help']).exited;
		expect(code).toBe(0);
		for (const name of ['--port', '--host', '--help', '--deliver-callbacks', '--callback-time-scale', '--callback-hosts']) expect(stdout).toContain(name);
	});

	it.each([
		[['--callback-time-scale=0'], '"0"'],
		[['--callback-time-scale=-1'], '"-1"'],
		[['--callback-time-scale', '-1'], '--callback-time-scale'],
		[['--callback-time-scale', 'fast'], '"fast"'],
		[['--callback-time-scale', ''], '""'],
	])('refuses --deliver-callbacks %j with a clear error at start', async (args, named) => {
		await expectRefused(cli(['--deliver-callbacks', ...args]), '--callback-time-scale', named);
	});

	it.each([
		[['--port', 'http'], '--port'],
		[['--port', '70000'], '--port'],
		[['--nope'], '--nope'],
		[['stray'], 'stray'],
		[['--callback-time-scale', '0.001'], '--deliver-callbacks'],
		[['--deliver-callbacks', '--callback-hosts', 'receiver:8080'], 'receiver:8080'],
	])('refuses %j with a clear error', async (args, named) => {
		await expectRefused(cli(args), named);
	});

	it('refuses a PORT that is no port', async () => {
		await expectRefused(cli([], { PORT: 'eighty' }), 'PORT', 'eighty');
	});

	it('says so and exits 1 when its port is in use', async () => {
		const taken = createServer();
		await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
		const { port } = taken.address() as AddressInfo;
		try {
			const { code, stderr } = await cli(['--port', String(port)]).exited;
			expect(code).toBe(1);
			expect(stderr).toContain(`127.0.0.1:${port}: the port is in use`);
			expect(stderr).not.toMatch(/^\s+at /m);
		} finally {
			await new Promise((resolve) => taken.close(resolve));
		}
	});

	it('says which Node it needs on an older one, before anything else runs', async () => {
		// What an older Node reports, set before the entry loads.
		const old = `data:text/javascript,Object.defineProperty(process.versions,'node',{value:'20.19.0'})`;
		const { code, stdout, stderr } = await cli(['--port', '0'], {}, ['--import', old]).exited;
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr.trim()).toBe(`The WorkersAI sandbox needs Node.js ${SANDBOX_MIN_NODE_MAJOR} or newer; this is Node.js 20.19.0.`);
	});

	it.each(['SIGINT', 'SIGTERM'] as const)('exits at once on %s with a callback retry pending, sending nothing more', async (signal) => {
		const failing = await startReceiver((res) => res.writeHead(500).end());
		receivers.push(failing);
		// At the contract's own delays, the next attempt is a minute away: the process must not wait for it.
		const sandbox = cli(['--port', '0', '--deliver-callbacks']);
		const url = await sandbox.url();
		const created = await fetch(`${url}/tasks?${KEY}`, { method: 'POST', body: JSON.stringify({ ...createTaskExample, callback_url: `${failing.origin}/hook` }) });
		const { external_id } = (await created.json()) as { external_id: string };
		await fetch(`${url}/tasks/${external_id}?${KEY}`);
		await sandbox.printed(/500 \(attempt 1 of 6\), next attempt in 60 s/);
		sandbox.child.kill(signal);
		const { code, stderr, stdout } = await sandbox.exited;
		expect(code).toBe(0);
		expect(stdout).toContain('Sandbox stopped.');
		expect(stderr).toBe('');
		expect(failing.received).toHaveLength(1);
	});
});
