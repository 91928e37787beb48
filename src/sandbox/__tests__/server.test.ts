import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import {
	TEST_KEY,
	apiMessages,
	createTaskExample,
	errorBodySchema,
	rule,
	ruleText,
	seedTasks,
	taskSchema,
	testModeCategory,
	type ErrorBody,
	type Task,
} from '../../contract/index.ts';
import { unreadableRequest } from '../messages.ts';
import { startSandboxServer, type SandboxServer } from '../server.ts';

// A real server on a free port, spoken to with node's own fetch, http.request and raw sockets.
const KEY = `api_key=${TEST_KEY}`;
const OTHER_KEY = 'api_key=test_CCCCCCCCCCCCCCCCCCCC';
const lines: string[] = [];
let sandbox: SandboxServer;

beforeAll(async () => {
	sandbox = await startSandboxServer({ port: 0, log: (line) => lines.push(line) });
});
afterAll(() => sandbox.close());

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	text: string;
}

/** http.request sends the path exactly as given: no normalizing of `..`, any method node knows. */
function raw(method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Raw> {
	const { hostname, port } = new URL(sandbox.url);
	return new Promise((resolve, reject) => {
		const req = httpRequest({ host: hostname, port, method, path, headers }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk));
			res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
		});
		req.on('error', reject);
		req.end(body);
	});
}

/** Bytes on a socket, for what http.request refuses to send (unknown methods, raw unicode). */
function socket(head: string): Promise<string> {
	const { hostname, port } = new URL(sandbox.url);
	return new Promise((resolve, reject) => {
		const conn = connect(Number(port), hostname, () => conn.end(Buffer.from(head, 'utf8')));
		let text = '';
		conn.on('data', (chunk) => (text += chunk.toString('utf8')));
		conn.on('end', () => resolve(text));
		conn.on('error', reject);
	});
}

function expectError(answer: Raw, status: number): ErrorBody['error'] {
	expect(answer.status).toBe(status);
	expect(answer.headers['content-type']).toMatch(/^application\/json/);
	expect(answer.headers['access-control-allow-origin']).toBe('*');
	const body = errorBodySchema.parse(JSON.parse(answer.text));
	expect(body.error.status).toBe(status);
	return body.error;
}

async function alive(): Promise<void> {
	const response = await fetch(`${sandbox.url}/v1/tasks?${KEY}`);
	expect(response.status).toBe(200);
}

describe('the same API as the handlers, over HTTP', () => {
	it('lists, creates pending, then answers it completed', async () => {
		const list = await fetch(`${sandbox.url}/v1/tasks?${KEY}`);
		expect(list.headers.get('content-type')).toMatch(/^application\/json/);
		expect(list.headers.get('access-control-allow-origin')).toBe('*');
		expect(z.array(taskSchema).parse(await list.json())).toEqual(seedTasks);

		const created = await fetch(`${sandbox.url}/v1/tasks?${OTHER_KEY}`, { method: 'POST', body: JSON.stringify(createTaskExample) });
		expect(created.status).toBe(200);
		const task = taskSchema.parse(await created.json()) as Task;
		expect(task).toMatchObject({ status: 'pending', response: {}, completed_at: null });

		const got = await fetch(`${sandbox.url}/v1/tasks/${task.external_id}?${OTHER_KEY}`);
		expect(taskSchema.parse(await got.json())).toMatchObject({ status: 'completed', response: { category: testModeCategory(task) } });
		expect((await raw('GET', `/v1/tasks/${task.external_id}?${KEY}`)).status).toBe(404);
	});

	it('answers the handlers’ errors as they are: 401, 404 with the id, 405 with Allow', async () => {
		expect(expectError(await raw('GET', '/v1/tasks'), 401).message).toBe(apiMessages.missingKey);
		expect(expectError(await raw('GET', '/v1/tasks?api_key=live_AAAAAAAAAAAAAAAAAAAA'), 401).message).toBe(apiMessages.liveKeyInSandbox);
		expect(expectError(await raw('GET', `/v1/tasks/nope?${KEY}`), 404).message).toBe(apiMessages.noTask('nope'));
		const patch = await raw('PATCH', `/v1/tasks?${KEY}`, '{}');
		expect(expectError(patch, 405).message).toBe(apiMessages.methodNotAllowed('PATCH', '/v1/tasks', ['GET', 'HEAD', 'POST']));
		expect(patch.headers.allow).toBe('GET, HEAD, POST');
	});

	it('carries the fault header through', async () => {
		expect(expectError(await raw('GET', `/v1/tasks?${KEY}`, undefined, { 'X-Sandbox-Fault': '429' }), 429).type).toBe('rate_limited');
	});
});

describe('bad input never brings it down', () => {
	it('cuts a 1 MiB body off at 64 KiB and answers the contract’s 400', async () => {
		const response = await fetch(`${sandbox.url}/v1/tasks?${KEY}`, { method: 'POST', body: 'x'.repeat(1024 * 1024) });
		expect(response.status).toBe(400);
		expect(errorBodySchema.parse(await response.json()).error.fields).toEqual([{ path: 'body', message: ruleText(rule.bodyTooLarge, 'en') }]);
		await alive();
	});

	it('answers a body that never ends once 64 KiB are in, without waiting for the rest', async () => {
		const { hostname, port } = new URL(sandbox.url);
		const req = httpRequest({ host: hostname, port, method: 'POST', path: `/v1/tasks?${KEY}` });
		const answer = new Promise<Raw>((resolve, reject) => {
			req.on('response', (res) => {
				let text = '';
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
			});
			req.on('error', reject);
		});
		// Chunked and never ended: a server that buffered until the end would never answer.
		const chunk = Buffer.alloc(256 * 1024, 'y');
		for (let i = 0; i < 4; i += 1) req.write(chunk);
		expect(expectError(await answer, 400).fields).toEqual([{ path: 'body', message: ruleText(rule.bodyTooLarge, 'en') }]);
		req.destroy();
		await alive();
	});

	it('checks the key before the size of a huge body', async () => {
		const response = await fetch(`${sandbox.url}/v1/tasks`, { method: 'POST', body: 'x'.repeat(4 * 1024 * 1024) });
		expect(response.status).toBe(401);
	});

	it('answers malformed JSON with the 400 that names the body', async () => {
		expect(expectError(await raw('POST', `/v1/tasks?${KEY}`, '{"instruction": '), 400).fields).toEqual([{ path: 'body', message: ruleText(rule.validJson, 'en') }]);
	});

	// The handlers' tests hold the 405 table; here only what reaches the server alone: TRACE, which a
	// fetch cannot send, and a method outside HTTP's own.
	it.each([
		['TRACE', '/v1/tasks', 'GET, HEAD, POST'],
		['PROPFIND', '/v1/tasks', 'GET, HEAD, POST'],
		['TRACE', `/v1/tasks/${seedTasks[0]!.external_id}`, 'GET, HEAD'],
	])('%s %s is a 405 with Allow', async (method, path, allow) => {
		const answer = await raw(method, `${path}?${KEY}`);
		expect(answer.status).toBe(405);
		expect(answer.headers.allow).toBe(allow);
		expect(expectError(answer, 405).message).toBe(apiMessages.methodNotAllowed(method, path, allow.split(', ')));
	});

	it.each([
		['the list', `/v1/tasks?${KEY}`, 200],
		['a task', `/v1/tasks/${seedTasks[0]!.external_id}?${KEY}`, 200],
		['no key', '/v1/tasks', 401],
		['no such task', `/v1/tasks/nope?${KEY}`, 404],
		['no such path', `/v1/nowhere?${KEY}`, 404],
	])('answers HEAD of %s as GET, status and headers, without a body', async (_, path, status) => {
		const get = await raw('GET', path);
		const head = await raw('HEAD', path);
		expect(get.status).toBe(status);
		expect(head.status).toBe(status);
		expect(head.text).toBe('');
		const { date: _getDate, ...getHeaders } = get.headers;
		const { date: _headDate, ...headHeaders } = head.headers;
		expect(headHeaders).toEqual(getHeaders);
		expect(head.headers['content-length']).toBe(String(Buffer.byteLength(get.text)));
	});

	it('answers a method node cannot parse with JSON, then goes on', async () => {
		const text = await socket(`FOO /v1/tasks?${KEY} HTTP/1.1\r\nHost: x\r\n\r\n`);
		const [head, body] = text.split('\r\n\r\n');
		expect(head).toMatch(/^HTTP\/1\.1 400 /);
		expect(head).toMatch(/content-type: application\/json/i);
		expect(errorBodySchema.parse(JSON.parse(body!)).error.fields).toEqual([{ path: 'method', message: unreadableRequest.method }]);
		await alive();
	});

	it.each([
		'/v1/../etc/passwd',
		'/v1/tasks/../../etc/passwd',
		'/v1/tasks/%2e%2e',
		'/v1/tasks/%2e%2e/%2e%2e/etc/passwd',
		'/v1/tasks/x/y',
		'/v1',
		'/v1/',
		'/',
		'//evil.example/v1/tasks',
	])('%s is a 404 not_found', async (path) => {
		expect(expectError(await raw('GET', `${path}?${KEY}`), 404).type).toBe('not_found');
	});

	it('takes unicode in a path, raw or encoded, as a task id that does not exist', async () => {
		const encoded = await raw('GET', `/v1/tasks/${encodeURIComponent('작업')}?${KEY}`);
		expect(expectError(encoded, 404).message).toBe(apiMessages.noTask('작업'));
		// Raw, it is not HTTP (a request line is ASCII): node refuses it before any handler sees it.
		const text = await socket(`GET /v1/tasks/작업?${KEY} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
		expect(text).toMatch(/^HTTP\/1\.1 400 /);
		expect(errorBodySchema.parse(JSON.parse(text.split('\r\n\r\n')[1]!)).error.fields).toEqual([{ path: 'path', message: unreadableRequest.path }]);
		await alive();
	});

	it('answers an absolute-form target for its path only', async () => {
		const answer = await raw('GET', `http://elsewhere.example/v1/tasks?${KEY}`);
		expect(JSON.parse(answer.text)).toEqual(seedTasks);
	});
});

describe('CORS', () => {
	it('answers a preflight 204 with permissive headers', async () => {
		const answer = await raw('OPTIONS', '/v1/tasks', undefined, {
			Origin: 'http://localhost:4321',
			'Access-Control-Request-Method': 'POST',
			'Access-Control-Request-Headers': 'content-type, x-sandbox-fault',
		});
		expect(answer.status).toBe(204);
		expect(answer.headers['access-control-allow-origin']).toBe('*');
		expect(answer.headers['access-control-allow-methods']).toBe('GET, HEAD, POST');
		expect(answer.headers['access-control-allow-headers']).toBe('content-type, x-sandbox-fault');
	});

	it('answers a plain OPTIONS with the contract’s 405', async () => {
		const answer = await raw('OPTIONS', '/v1/tasks');
		expect(expectError(answer, 405).type).toBe('method_not_allowed');
		expect(answer.headers.allow).toBe('GET, HEAD, POST');
	});
});

describe('the log', () => {
	it('has one line per request, with the key shortened', async () => {
		lines.length = 0;
		await raw('GET', `/v1/tasks?${KEY}`);
		await raw('DELETE', `/v1/tasks?${KEY}`);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^GET \/v1\/tasks\?api_key=test_tV4N… 200 \d+ms$/);
		expect(lines[1]).toMatch(/^DELETE \/v1\/tasks\?api_key=test_tV4N… 405 \d+ms$/);
		expect(lines.join('\n')).not.toContain(TEST_KEY);
	});

	const LIVE = 'live_AAAAAAAAAAAAAAAAAAAA';
	it.each([
		['api_key', `api_key=${LIVE}`],
		['an encoded name', `api%5Fkey=${LIVE}`],
		['an encoded name and value', `%61pi%5fkey=${encodeURIComponent(LIVE).replace('_', '%5F')}`],
		['another spelling of the name', `API_KEY=${LIVE}`],
		['a second api_key', `api_key=test_tV4N&api_key=${LIVE}`],
		['a key under any name', `token=${LIVE}`],
	])('shows only the start of a key in the query, written as %s', async (_, query) => {
		lines.length = 0;
		await raw('GET', `/v1/tasks?${query}`);
		expect(lines).toHaveLength(1);
		const line = lines[0]!;
		expect(line).toContain('live_AAAA…');
		for (const form of [line, decodeURIComponent(line.replaceAll('…', ''))]) expect(form.toLowerCase()).not.toContain(LIVE.slice(0, 12).toLowerCase());
	});

	it('logs a request the client abandoned as aborted, not with a status', async () => {
		lines.length = 0;
		const { hostname, port } = new URL(sandbox.url);
		// A body promised and never sent: the client hangs up before any answer.
		const conn = connect(Number(port), hostname, () => {
			conn.write(`POST /v1/tasks?${KEY} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"instruction": `, () => conn.destroy());
		});
		await vi.waitFor(() => expect(lines).not.toHaveLength(0), { timeout: 20_000 });
		expect(lines).toEqual([expect.stringMatching(/^POST \/v1\/tasks\?api_key=test_tV4N… aborted \d+ms$/)]);
		await alive();
	}, 30_000);
});

describe('npm run sandbox', () => {
	it('prints its address, serves, and exits 0 on SIGTERM', async () => {
		const file = fileURLToPath(new URL('../cli.ts', import.meta.url));
		const child = spawn(process.execPath, [file], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
		const url = await new Promise<string>((resolve, reject) => {
			child.stdout.setEncoding('utf8');
			child.stdout.on('data', (text: string) => {
				const found = /http:\/\/127\.0\.0\.1:\d+\/v1/.exec(text);
				if (found) resolve(found[0]);
			});
			child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
		});
		expect((await fetch(`${url}/tasks?${KEY}`)).status).toBe(200);
		const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
	});
});
