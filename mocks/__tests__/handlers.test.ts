import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
	BASE_URL,
	MAX_BODY_BYTES,
	TEST_KEY,
	apiMessages,
	createTaskExample,
	errorBodySchema,
	errorCatalog,
	seedTasks,
	taskSchema,
	testModeCategory,
	type ErrorBody,
	type Task,
} from '../../src/contract/index.ts';
import { FAULT_HEADER, MAX_BODY_DEPTH } from '../../src/sandbox/config.ts';
import { jsonBytes } from '../../src/sandbox/stored-task.ts';
import { server, store } from '../node.ts';

// Real fetch to the real API host: setupServer answers it, and an unanswered request fails the test.
const OTHER_KEY = 'test_AAAAAAAAAAAAAAAAAAAA';
const DOG = seedTasks[0]!;

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
	store.reset(TEST_KEY);
	store.reset(OTHER_KEY);
});

interface Answer {
	status: number;
	headers: Headers;
	json: unknown;
}

interface Call {
	key?: string | null;
	method?: string;
	body?: string;
	headers?: Record<string, string>;
}

/** Every answer is JSON with CORS, and its body is checked against the contract before a test looks at it. */
async function call(path: string, { key = TEST_KEY, method = 'GET', body, headers = {} }: Call = {}): Promise<Answer> {
	const query = key === null ? '' : `?api_key=${encodeURIComponent(key)}`;
	const response = await fetch(`${BASE_URL}${path}${query}`, { method, headers: { 'Content-Type': 'application/json', ...headers }, body });
	expect(response.headers.get('content-type')).toMatch(/^application\/json/);
	expect(response.headers.get('access-control-allow-origin')).toBe('*');
	const json: unknown = await response.json();
	if (response.ok) {
		expect(response.status).toBe(200);
		expect(() => (Array.isArray(json) ? z.array(taskSchema) : taskSchema).parse(json)).not.toThrow();
	} else {
		expect(errorBodySchema.safeParse(json).error).toBeUndefined();
		expect((json as ErrorBody).error.status).toBe(response.status);
	}
	return { status: response.status, headers: response.headers, json };
}

const error = (answer: Answer) => (answer.json as ErrorBody).error;
const fieldPaths = (answer: Answer) => error(answer).fields?.map((field) => field.path);
/** Metadata of `levels` levels of objects; inside a body, one level more. */
const nested = (levels: number): object => (levels <= 1 ? {} : { m: nested(levels - 1) });
const create = (body: unknown = createTaskExample, key = TEST_KEY) => call('/tasks', { method: 'POST', body: JSON.stringify(body), key });

describe('reading', () => {
	it('the documented key starts with the seed tasks, dog first, and they stay pending', async () => {
		expect((await call('/tasks')).json).toEqual(seedTasks);
		expect((await call(`/tasks/${seedTasks[1]!.external_id}`)).json).toEqual(seedTasks[1]);
		expect((await call('/tasks')).json).toEqual(seedTasks);
		expect(store.callbacks(TEST_KEY)).toEqual([]);
	});

	it('another test key has its own sandbox, empty at first', async () => {
		expect((await call('/tasks', { key: OTHER_KEY })).json).toEqual([]);
		const seedForOther = await call(`/tasks/${DOG.external_id}`, { key: OTHER_KEY });
		expect(seedForOther.status).toBe(404);
	});

	it.each([
		['an unknown id', '00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000'],
		['a malformed id', 'nope', 'nope'],
		['an encoded id', '%3Cscript%3E%22', '<script>"'],
		['a broken escape', '%E0%A4%A', '%E0%A4%A'],
	])('%s is a 404 naming it', async (_, id, named) => {
		const answer = await call(`/tasks/${id}`);
		expect(answer.status).toBe(404);
		expect(error(answer).message).toBe(apiMessages.noTask(named));
		expect(error(answer).message).toContain(named);
	});
});

describe('creating, then test mode', () => {
	it('answers pending, completes on the first read after, and records the callback body', async () => {
		const created = await create();
		const task = created.json as Task;
		expect(task).toMatchObject({
			...createTaskExample,
			status: 'pending',
			response: {},
			completed_at: null,
		});
		expect(Date.parse(task.created_at)).toBeGreaterThan(Date.now() - 60_000);
		expect(store.callbacks(TEST_KEY)).toEqual([]);

		const list = (await call('/tasks')).json as Task[];
		expect(list.map((t) => t.external_id)).toEqual([task.external_id, ...seedTasks.map((t) => t.external_id)]);
		const done = list[0]!;
		expect(done).toMatchObject({ ...task, status: 'completed', response: { category: testModeCategory(task) }, completed_at: expect.any(String) });
		expect(task.params.categories).toContain(testModeCategory(task));
		expect(list.slice(1)).toEqual(seedTasks);

		expect((await call(`/tasks/${task.external_id}`)).json).toEqual(done);
		expect(store.callbacks(TEST_KEY)).toEqual([{ url: task.callback_url, body: done, at: done.completed_at }]);
	});

	it('completes on a get as well, and only once', async () => {
		const task = (await create()).json as Task;
		const first = (await call(`/tasks/${task.external_id}`)).json as Task;
		expect(first.status).toBe('completed');
		await call('/tasks');
		expect(store.callbacks(TEST_KEY)).toHaveLength(1);
	});

	it('a read that answers an error, or returns another task, completes nothing', async () => {
		const task = (await create()).json as Task;
		const other = (await create()).json as Task;
		expect((await call('/tasks/00000000-0000-4000-8000-000000000000')).status).toBe(404);
		expect((await call(`/tasks/${task.external_id}`, { key: 'live_AAAAAAAAAAAAAAAAAAAA' })).status).toBe(401);
		expect((await call(`/tasks/${task.external_id}`, { headers: { [FAULT_HEADER]: '500' } })).status).toBe(500);
		expect((await call('/tasks', { headers: { [FAULT_HEADER]: '503' } })).status).toBe(503);
		expect(store.callbacks(TEST_KEY)).toEqual([]);

		expect((await call(`/tasks/${other.external_id}`)).json).toMatchObject({ status: 'completed' });
		expect(store.callbacks(TEST_KEY).map(({ body }) => body.external_id)).toEqual([other.external_id]);
		const done = (await call(`/tasks/${task.external_id}`)).json as Task;
		expect(done).toMatchObject({ status: 'completed', response: { category: testModeCategory(task) } });
		expect(store.callbacks(TEST_KEY).map(({ body }) => body.external_id)).toEqual([other.external_id, task.external_id]);
	});

	it('lists newest first and applies the defaults', async () => {
		const { task_type: _, metadata: __, ...minimal } = createTaskExample;
		const older = (await create(minimal, OTHER_KEY)).json as Task;
		const newer = (await create({ ...minimal, instruction: 'Second' }, OTHER_KEY)).json as Task;
		expect(older).toMatchObject({ task_type: 'categorization', metadata: {} });
		const list = (await call('/tasks', { key: OTHER_KEY })).json as Task[];
		expect(list.map((t) => t.external_id)).toEqual([newer.external_id, older.external_id]);
	});

	it("keeps keys apart: one key's task is a 404 for another", async () => {
		const task = (await create(createTaskExample, OTHER_KEY)).json as Task;
		expect((await call(`/tasks/${task.external_id}`)).status).toBe(404);
		expect((await call('/tasks')).json).toEqual(seedTasks);
		expect(store.callbacks(TEST_KEY)).toEqual([]);
		expect((await call(`/tasks/${task.external_id}`, { key: OTHER_KEY })).status).toBe(200);
	});

	it('takes a JSON body whatever the Content-Type says', async () => {
		const answer = await call('/tasks', { method: 'POST', body: JSON.stringify(createTaskExample), headers: { 'Content-Type': 'text/plain' } });
		expect(answer.status).toBe(200);
	});

	it('reset restores the start: the seed, no created tasks, no callbacks', async () => {
		await create();
		await call('/tasks');
		expect(store.callbacks(TEST_KEY)).toHaveLength(1);
		store.reset(TEST_KEY);
		expect((await call('/tasks')).json).toEqual(seedTasks);
		expect(store.callbacks(TEST_KEY)).toEqual([]);
	});
});

describe('api_key', () => {
	it.each([
		['missing', null, apiMessages.missingKey],
		['empty', '', apiMessages.missingKey],
		['malformed', 'test_123', apiMessages.malformedKey],
		['too long', `${TEST_KEY}x`, apiMessages.malformedKey],
		['of another prefix', 'prod_AAAAAAAAAAAAAAAAAAAA', apiMessages.malformedKey],
		['live', 'live_AAAAAAAAAAAAAAAAAAAA', apiMessages.liveKeyInSandbox],
	])('a %s key is a 401 saying so', async (_, key, message) => {
		for (const [path, method] of [['/tasks', 'GET'], ['/tasks', 'POST'], [`/tasks/${DOG.external_id}`, 'GET']] as const) {
			const answer = await call(path, { key, method, body: method === 'POST' ? JSON.stringify(createTaskExample) : undefined });
			expect(answer.status).toBe(401);
			expect(error(answer).message).toBe(message);
		}
	});

	it('a live key is refused even when the request is otherwise perfect, and stores nothing', async () => {
		const live = 'live_tV4NttbVsN3crLCFonEj';
		expect((await create(createTaskExample, live)).status).toBe(401);
		expect(store.callbacks(live)).toEqual([]);
		expect(JSON.parse(new TextDecoder().decode(jsonBytes(store.list(live, new Date()))))).toEqual([]);
	});
});

describe('routes', () => {
	it.each([
		['DELETE', '/tasks', 'GET, HEAD, POST'],
		['PUT', '/tasks', 'GET, HEAD, POST'],
		['PATCH', '/tasks', 'GET, HEAD, POST'],
		['OPTIONS', '/tasks', 'GET, HEAD, POST'],
		['DELETE', `/tasks/${DOG.external_id}`, 'GET, HEAD'],
		['PUT', `/tasks/${DOG.external_id}`, 'GET, HEAD'],
		['PATCH', `/tasks/${DOG.external_id}`, 'GET, HEAD'],
		['POST', `/tasks/${DOG.external_id}`, 'GET, HEAD'],
	])('%s %s is a 405 with Allow: %s', async (method, path, allow) => {
		const answer = await call(path, { method });
		expect(answer.status).toBe(405);
		expect(answer.headers.get('Allow')).toBe(allow);
		expect(error(answer).message).toBe(apiMessages.methodNotAllowed(method, `/v1${path}`, allow.split(', ')));
		expect(error(answer).message).toContain(`${method} is not allowed on /v1${path}`);
	});

	it.each([
		['/tasks', TEST_KEY, 200],
		[`/tasks/${DOG.external_id}`, TEST_KEY, 200],
		['/tasks', null, 401],
		['/tasks/nope', TEST_KEY, 404],
		['/nowhere', TEST_KEY, 404],
	])('HEAD %s answers as GET would, status and headers, without a body', async (path, key, status) => {
		const url = `${BASE_URL}${path}${key ? `?api_key=${key}` : ''}`;
		const get = await fetch(url);
		const head = await fetch(url, { method: 'HEAD' });
		const body = await get.arrayBuffer();
		expect([get.status, head.status]).toEqual([status, status]);
		expect(head.body).toBeNull();
		expect(Object.fromEntries(head.headers)).toEqual({ ...Object.fromEntries(get.headers), 'content-length': String(body.byteLength) });
	});

	it('a 405 comes before the key is looked at', async () => {
		expect((await call('/tasks', { method: 'DELETE', key: null })).status).toBe(405);
	});

	it.each(['', '/', '/task', '/tasks/', '/tasks/a/b', '/TASKS', '/작업', '/tasks/%2e%2e/%2e%2e', '/../v2/tasks', '/..%2Ftasks'])(
		'/v1%s is a 404 not_found',
		async (path) => {
			for (const method of ['GET', 'POST', 'DELETE']) {
				const answer = await call(path, { method });
				expect(answer.status).toBe(404);
				expect(error(answer).type).toBe('not_found');
			}
		},
	);

	it('answers for the whole API host, so nothing outside /v1 reaches the network', async () => {
		const response = await fetch(`${new URL(BASE_URL).origin}/robots.txt`);
		expect(response.status).toBe(404);
	});
});

describe('the create body', () => {
	const withParams = (params: Record<string, unknown>) => ({ ...createTaskExample, params: { ...createTaskExample.params, ...params } });

	it.each([
		['not JSON', '{"instruction": ', ['body']],
		['empty', '', ['body']],
		['a JSON array', JSON.stringify([createTaskExample]), ['body']],
		['a JSON string', '"task"', ['body']],
		['null', 'null', ['body']],
		['over 64 KiB', JSON.stringify({ ...createTaskExample, metadata: { pad: 'x'.repeat(MAX_BODY_BYTES) } }), ['body']],
		['over 64 KiB in bytes, not characters', JSON.stringify({ ...createTaskExample, metadata: { pad: 'é'.repeat(MAX_BODY_BYTES / 2) } }), ['body']],
		['missing every field', '{}', ['instruction', 'params', 'callback_url']],
		['an unknown field', JSON.stringify({ ...createTaskExample, colour: 'red' }), ['colour']],
		['another task_type', JSON.stringify({ ...createTaskExample, task_type: 'transcription' }), ['task_type']],
		['one category', JSON.stringify(withParams({ categories: ['big'] })), ['params.categories']],
		['duplicate categories', JSON.stringify(withParams({ categories: ['big', 'big'] })), ['params.categories']],
		['an empty category', JSON.stringify(withParams({ categories: ['big', ''] })), ['params.categories.1']],
		['an image attachment that is no URL', JSON.stringify(withParams({ attachment: 'dog.jpg' })), ['params.attachment']],
		['a javascript: callback', JSON.stringify({ ...createTaskExample, callback_url: 'javascript:alert(1)' }), ['callback_url']],
		['an array as metadata', JSON.stringify({ ...createTaskExample, metadata: [] }), ['metadata']],
		['a 10,000 emoji instruction', JSON.stringify({ ...createTaskExample, instruction: '😀'.repeat(10_000) }), ['instruction']],
		// 8,000 levels fit in 16 KiB of metadata, and overflow the stack of anything that copies them level by level.
		['metadata nested 8,000 levels deep', JSON.stringify({ ...createTaskExample, metadata: { m: 0 } }).replace('0', '['.repeat(8000) + ']'.repeat(8000)), ['body']],
		[`metadata one level deeper than ${MAX_BODY_DEPTH} in all`, JSON.stringify({ ...createTaskExample, metadata: nested(MAX_BODY_DEPTH) }), ['body']],
	])('%s is a 400 naming exactly its fields', async (_, body, paths) => {
		const answer = await call('/tasks', { method: 'POST', body });
		expect(answer.status).toBe(400);
		expect(error(answer).type).toBe('invalid_request');
		expect(fieldPaths(answer)).toEqual(paths);
		expect(error(answer).message).toBe(apiMessages.invalidFields(paths.length));
	});

	it('names every offending field at once', async () => {
		const body = { instruction: '', params: { attachment_type: 'video', attachment: 'x', categories: ['a'] }, callback_url: 'ftp://x', extra: 1 };
		const answer = await call('/tasks', { method: 'POST', body: JSON.stringify(body) });
		expect(fieldPaths(answer)?.toSorted()).toEqual(['callback_url', 'extra', 'instruction', 'params.attachment_type', 'params.categories']);
		expect(error(answer).message).toBe(apiMessages.invalidFields(5));
		expect(error(answer).message).toContain(' 5 ');
	});

	it(`a body nested ${MAX_BODY_DEPTH} levels deep is a task, and one too deep leaves the sandbox answering`, async () => {
		expect((await create({ ...createTaskExample, metadata: nested(MAX_BODY_DEPTH - 1) })).status).toBe(200);
		const deep = await call('/tasks', { method: 'POST', body: JSON.stringify({ ...createTaskExample, metadata: { m: 0 } }).replace('0', '['.repeat(4000) + ']'.repeat(4000)) });
		expect(error(deep).fields).toEqual([{ path: 'body', message: `must not nest more than ${MAX_BODY_DEPTH} levels deep` }]);
		expect((await call('/tasks')).status).toBe(200);
	});

	it('a body of exactly 64 KiB is measured, not refused for its size', async () => {
		const base = JSON.stringify({ ...createTaskExample, instruction: 'x'.repeat(2001) });
		const body = base.padEnd(MAX_BODY_BYTES, ' ');
		expect(new TextEncoder().encode(body).length).toBe(MAX_BODY_BYTES);
		expect(fieldPaths(await call('/tasks', { method: 'POST', body }))).toEqual(['instruction']);
		expect(fieldPaths(await call('/tasks', { method: 'POST', body: `${body} ` }))).toEqual(['body']);
	});

	it('a refused body creates nothing', async () => {
		await call('/tasks', { method: 'POST', body: '{}' });
		expect((await call('/tasks')).json).toEqual(seedTasks);
	});
});

describe(`the ${FAULT_HEADER} header`, () => {
	it.each([429, 500, 503] as const)('%i answers that error at once, as the error catalog shows it', async (fault) => {
		const answer = await call('/tasks', { method: 'POST', body: JSON.stringify(createTaskExample), headers: { [FAULT_HEADER]: String(fault) } });
		expect(answer.status).toBe(fault);
		expect(answer.json).toEqual(errorCatalog[fault].example);
		expect((await call('/tasks')).json).toEqual(seedTasks);
	});

	it('wins over every other rule', async () => {
		expect((await call('/nowhere', { key: null, method: 'DELETE', headers: { [FAULT_HEADER]: '503' } })).status).toBe(503);
	});

	it.each(['418', '', 'abc', '429, 500'])('any other value (%j) is a 400 naming the header', async (value) => {
		const answer = await call('/tasks', { headers: { [FAULT_HEADER]: value } });
		expect(answer.status).toBe(400);
		expect(fieldPaths(answer)).toEqual([`headers.${FAULT_HEADER}`]);
	});
});
