import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK_HEADERS, CALLBACK_RETRY_DELAYS_SECONDS, CALLBACK_TIMEOUT_SECONDS, TEST_KEY, createTaskExample, seedTasks, taskSchema, type Task } from '../../contract/index.ts';
import { createCallbackSender } from '../callback-delivery.ts';
import { SANDBOX_MAX_PENDING_CALLBACKS } from '../config.ts';
import { callbackMessages } from '../messages.ts';
import { startSandboxServer, type SandboxServer } from '../server.ts';
import { LogLines, closedPort, startReceiver, type TestReceiver } from './callback-receiver.ts';

// Small enough that all six attempts take well under a second of delays (43,200 s becomes 0.43 s).
const TIME_SCALE = 0.00001;
const ATTEMPTS = CALLBACK_RETRY_DELAYS_SECONDS.length + 1;
const KEY = `api_key=${TEST_KEY}`;

let log: LogLines;
let sandbox: SandboxServer;
const receivers: TestReceiver[] = [];

beforeAll(async () => {
	log = new LogLines();
	sandbox = await startSandboxServer({ port: 0, log: log.push, callbacks: { timeScale: TIME_SCALE, hosts: ['receiver.invalid'] } });
});
afterAll(() => sandbox.close());
afterEach(async () => {
	await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

async function receiver(answer: Parameters<typeof startReceiver>[0]): Promise<TestReceiver> {
	const started = await startReceiver(answer);
	receivers.push(started);
	return started;
}

/** Creates a task whose callback goes to `callbackUrl`, and reads it once, as test mode asks. */
async function completeTask(callbackUrl: string, on: SandboxServer = sandbox): Promise<Task> {
	const created = await fetch(`${on.url}/v1/tasks?${KEY}`, { method: 'POST', body: JSON.stringify({ ...createTaskExample, callback_url: callbackUrl }) });
	const task = taskSchema.parse(await created.json()) as Task;
	const read = await fetch(`${on.url}/v1/tasks/${task.external_id}?${KEY}`);
	return taskSchema.parse(await read.json()) as Task;
}

const attemptLine = (task: Task, attempt: number) => new RegExp(`callback ${task.external_id} \\S+ .*\\(attempt ${attempt} of ${ATTEMPTS}\\)`);
const linesOf = (task: Task) => log.lines.filter((line) => line.includes(`callback ${task.external_id} `));

describe('callbacks of the local server, with callbacks on', () => {
	it('POSTs the completed task with the contract’s headers once, at the read that completes it', async () => {
		const ok = await receiver((res) => res.writeHead(204).end());
		const task = await completeTask(`${ok.origin}/hook/abc`);
		const [first] = await ok.arrived(1);
		expect(first!.path).toBe('/hook/abc');
		for (const [name, value] of Object.entries(CALLBACK_HEADERS)) expect(first!.headers[name.toLowerCase()]).toBe(value);
		expect(JSON.parse(first!.body)).toEqual(task);
		expect(task.status).toBe('completed');
		expect(await log.next(attemptLine(task, 1))).toMatch(/^\d{4}-\d\d-\d\dT\S+Z callback \S+ http:\/\/127\.0\.0\.1:\d+\/hook\/abc 204 delivered \(attempt 1 of 6\)$/);

		// Reading it again, in a list too, completes nothing more: a second task's callback is the event that shows nothing else came.
		await fetch(`${sandbox.url}/v1/tasks/${task.external_id}?${KEY}`);
		await fetch(`${sandbox.url}/v1/tasks?${KEY}`);
		const later = await completeTask(`${ok.origin}/hook/later`);
		await log.next(attemptLine(later, 1));
		expect(ok.received.map(({ body }) => JSON.parse(body).external_id).filter((id) => id === task.external_id)).toHaveLength(1);
		expect(linesOf(task)).toHaveLength(1);
	});

	it('tries a receiver that answers 500 every time exactly six times, then gives up', async () => {
		const failing = await receiver((res) => res.writeHead(500).end('no'));
		const task = await completeTask(`${failing.origin}/hook`);
		expect(await log.next(/given up/)).toMatch(attemptLine(task, ATTEMPTS));
		// A later callback to the same receiver arrives after any seventh attempt would have been due.
		const later = await completeTask(`${failing.origin}/later`);
		await log.next(attemptLine(later, 2));
		expect(failing.received.filter(({ path }) => path === '/hook')).toHaveLength(ATTEMPTS);
		expect(linesOf(task).map((line) => / 500 \(attempt (\d) of 6\)/.exec(line)?.[1])).toEqual(['1', '2', '3', '4', '5', '6']);
	});

	it('does not follow a 301, and retries it as a failure', async () => {
		const target = await receiver((res) => res.writeHead(200).end());
		const redirecting = await receiver((res) => res.writeHead(301, { Location: `${target.origin}/moved` }).end());
		const task = await completeTask(`${redirecting.origin}/hook`);
		expect(await log.next(attemptLine(task, 2))).toContain('301 (redirects are not followed)');
		expect(linesOf(task)[0]).toMatch(/301 \(redirects are not followed\) \(attempt 1 of 6\), next attempt in/);
		expect(target.received).toHaveLength(0);
	});

	it('logs a refused connection and retries it', async () => {
		const port = await closedPort();
		const task = await completeTask(`http://127.0.0.1:${port}/hook`);
		expect(await log.next(attemptLine(task, 1))).toContain('connection refused (attempt 1 of 6)');
		await log.next(attemptLine(task, 2));
	});

	it(
		'gives up on an attempt that hangs past the time limit, and keeps answering meanwhile',
		async () => {
			const hanging = await receiver(() => undefined);
			const task = await completeTask(`${hanging.origin}/hook`);
			await hanging.arrived(1);
			expect((await fetch(`${sandbox.url}/v1/tasks?${KEY}`)).status).toBe(200);
			expect(await log.next(attemptLine(task, 1))).toContain(`timed out after ${CALLBACK_TIMEOUT_SECONDS} s (attempt 1 of 6), next attempt in`);
			await hanging.arrived(2);
		},
		(CALLBACK_TIMEOUT_SECONDS + 30) * 1000,
	);

	it('calls no other host than loopback and those named, and says why once per host', async () => {
		const first = await completeTask('https://example.com/hook');
		const second = await completeTask('https://example.com/other');
		// A named host is tried: this one resolves nowhere, so the attempt fails, but it is made.
		const named = await completeTask('http://receiver.invalid/hook');
		await log.next(attemptLine(named, 1));
		const refusals = log.lines.filter((line) => line.includes('not sent') && line.includes('example.com'));
		expect(refusals).toHaveLength(1);
		expect(refusals[0]).toContain(first.external_id);
		expect(refusals[0]).toContain('--callback-hosts example.com');
		expect(linesOf(first).concat(linesOf(second))).toHaveLength(0);
	});

	it('sends nothing more once the server is closed', async () => {
		const failing = await receiver((res) => res.writeHead(500).end());
		const closing = new LogLines();
		const first = await startSandboxServer({ port: 0, log: closing.push, callbacks: { timeScale: 0.001, hosts: [] } });
		await completeTask(`${failing.origin}/closed`, first);
		await closing.next(/attempt 1 of 6/);
		await first.close();
		// Another server's second attempt, as far from its first as the closed one's would be, is the event that shows none came.
		const second = new LogLines();
		const other = await startSandboxServer({ port: 0, log: second.push, callbacks: { timeScale: 0.001, hosts: [] } });
		await completeTask(`${failing.origin}/open`, other);
		await second.next(/attempt 2 of 6/);
		await other.close();
		expect(failing.received.filter(({ path }) => path === '/closed')).toHaveLength(1);
		expect(closing.lines.filter((line) => line.includes(' callback '))).toHaveLength(1);
	});
});

describe('callbacks of the local server, by default', () => {
	it('calls no callback_url at all', async () => {
		const own = new LogLines();
		const plain = await startSandboxServer({ port: 0, log: own.push });
		const ok = await receiver((res) => res.writeHead(200).end());
		const task = await completeTask(`${ok.origin}/hook`, plain);
		await plain.close();
		expect(task.status).toBe('completed');
		expect(ok.received).toHaveLength(0);
		expect(own.lines.some((line) => line.includes('callback'))).toBe(false);
	});
});

describe('callbacks waiting for a retry', () => {
	it(`are at most ${SANDBOX_MAX_PENDING_CALLBACKS}: one more is not sent, and says so`, async () => {
		const log = new LogLines();
		const sender = createCallbackSender({ timeScale: 1, hosts: [], log: log.push });
		const url = `http://127.0.0.1:${await closedPort()}/hook`;
		const task = (n: number) => ({ ...seedTasks[0]!, external_id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` });
		try {
			for (let n = 0; n < SANDBOX_MAX_PENDING_CALLBACKS; n++) sender.send({ url, body: task(n), at: '' });
			// Each first attempt is refused at once; its retry is a minute away, so all of them wait.
			await log.next(new RegExp(`${task(SANDBOX_MAX_PENDING_CALLBACKS - 1).external_id} .*attempt 1 of 6`));
			sender.send({ url, body: task(SANDBOX_MAX_PENDING_CALLBACKS), at: '' });
			expect(log.lines.at(-1)).toBe(callbackMessages.tooManyPending(task(SANDBOX_MAX_PENDING_CALLBACKS).external_id, SANDBOX_MAX_PENDING_CALLBACKS));
		} finally {
			sender.stop();
		}
	}, 60_000);
});
