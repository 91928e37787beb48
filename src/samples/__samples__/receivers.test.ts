import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskSchema, testModeCategory, type Task } from '../../contract/index.ts';
import { receiverRequests, receiverUrl } from '../../reference/sandbox-tool.ts';
import { receiverConfirmed, receiverFile, receiverLanguages, receiverReady, renderReceiver, type ReceiverLanguage, type ReceiverSpec } from '../receiver.ts';
import { CliProcess } from '../../sandbox/__tests__/cli-process.ts';
import { closedPort } from '../../sandbox/__tests__/callback-receiver.ts';
import { startSandboxServer, type SandboxServer } from '../../sandbox/server.ts';
import { missingRuntimes } from '../__support__/runtimes.ts';

/*
 * Each callback receiver of the Callbacks page, run as its reader runs it, against the local
 * sandbox server with callbacks on: it gets the callback and confirms the result with GET. Only
 * its port and the sandbox's address differ from the page's.
 */
const rubyHasWebrick = () =>
	new CliProcess(['ruby', '-e', "require 'webrick'"]).exited.then(
		({ code }) => code === 0,
		() => false,
	);

const runtime: Record<ReceiverLanguage, string> = { ruby: 'ruby', python: 'python3', javascript: process.execPath };

let dir: string;
let sandbox: SandboxServer;
const log: string[] = [];
const receivers: CliProcess[] = [];

beforeAll(async () => {
	const missing = await missingRuntimes([...receiverLanguages]);
	if (!(await rubyHasWebrick())) missing.push('ruby: needs webrick (apt-get install ruby-webrick, or gem install webrick)');
	if (missing.length) throw new Error(`Cannot run the receivers; missing runtimes:\n${missing.join('\n')}`);
	dir = await mkdtemp(join(tmpdir(), 'receivers-'));
	sandbox = await startSandboxServer({ port: 0, log: (line) => log.push(line), callbacks: { timeScale: 1, hosts: [] } });
});
afterAll(async () => {
	await Promise.all(receivers.map((receiver) => receiver.stop()));
	await sandbox?.close();
	await rm(dir, { recursive: true, force: true });
});

describe.each(receiverLanguages)('the %s callback receiver', (language) => {
	it('gets the callback of a task the sandbox completes, and confirms it with GET', async () => {
		const spec: ReceiverSpec = { host: '127.0.0.1', port: await closedPort(), path: '/callbacks/7f3k9q2x', api: `${sandbox.url}/v1`, apiKey: `test_${language.padEnd(20, '0')}` };
		const file = join(dir, receiverFile[language].name);
		await writeFile(file, renderReceiver(language, spec));
		const receiver = new CliProcess([runtime[language], file]);
		receivers.push(receiver);
		await receiver.printed(new RegExp(`${receiverReady} ${receiverUrl(spec)}`));

		const { create, read } = receiverRequests(spec);
		const created = await fetch(create.url, { method: create.method, body: JSON.stringify((create.body as { json: unknown }).json) });
		const task = taskSchema.parse(await created.json()) as Task;
		expect(task.callback_url).toBe(receiverUrl(spec));
		await fetch(read.url);

		const [, category] = (await receiver.printed(new RegExp(`${receiverConfirmed} ${task.external_id}: (\\S+)`)))!;
		expect(category).toBe(testModeCategory(task));
		expect(log.filter((line) => line.includes(`callback ${task.external_id} `))).toEqual([expect.stringMatching(/ 204 delivered \(attempt 1 of 6\)$/)]);
		expect(log.filter((line) => line.startsWith(`GET /v1/tasks/${task.external_id}?`))).toHaveLength(1);
	});
});
