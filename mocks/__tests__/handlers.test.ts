import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BASE_URL, FAULT_HEADER, TEST_KEY, createTaskExample, errorBodySchema, seedTasks, taskSchema, testModeCategory, type Task } from '../../src/contract/index.ts';
import { server, store } from '../node.ts';

const OTHER_KEY = 'test_AAAAAAAAAAAAAAAAAAAA';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
	store.reset(TEST_KEY);
	store.reset(OTHER_KEY);
});

async function call(path: string, { key = TEST_KEY as string | null, method = 'GET', body, headers = {} }: { key?: string | null; method?: string; body?: string; headers?: Record<string, string> } = {}) {
	const url = `${BASE_URL}${path}${key === null ? '' : `?api_key=${encodeURIComponent(key)}`}`;
	const response = await fetch(url, { method, headers: { 'Content-Type': 'application/json', ...headers }, ...(body !== undefined ? { body } : {}) });
	const json = await response.json();
	if (!response.ok) expect(() => errorBodySchema.parse(json), JSON.stringify(json)).not.toThrow();
	return { status: response.status, json, headers: response.headers };
}

const create = (body: unknown = createTaskExample, key = TEST_KEY) => call('/tasks', { method: 'POST', body: JSON.stringify(body), key });

describe('reading', () => {
	it('the documented key starts with the seed tasks, dog first, and they stay pending', async () => {
		const first = await call('/tasks');
		expect(first.status).toBe(200);
		expect(z.array(taskSchema).parse(first.json)).toEqual(seedTasks);
		expect((await call(`/tasks/${seedTasks[1]!.external_id}`)).json).toEqual(seedTasks[1]);
		expect((await call('/tasks')).json).toEqual(seedTasks);
	});

	it('another test key has its own, empty sandbox', async () => {
		expect((await call('/tasks', { key: OTHER_KEY })).json).toEqual([]);
		expect((await call(`/tasks/${seedTasks[0]!.external_id}`, { key: OTHER_KEY })).status).toBe(404);
	});

	it('a malformed or unknown id is a 404 naming it', async () => {
		for (const id of ['nope', '00000000-0000-4000-8000-000000000000', '%3Cscript%3E']) {
			const { status, json } = await call(`/tasks/${id}`);
			expect(status).toBe(404);
			expect(json.error.type).toBe('not_found');
		}
	});
});

describe('creating, then test mode', () => {
	it('answers pending, completes on the first read, and records the callback', async () => {
		const created = await create();
		expect(created.status).toBe(200);
		const task = taskSchema.parse(created.json) as Task;
		expect(task).toMatchObject({ status: 'pending', response: {}, completed_at: null, metadata: createTaskExample.metadata });
		expect(store.callbacks(TEST_KEY)).toEqual([]);

		const list = (await call('/tasks')).json as Task[];
		expect(list).toHaveLength(3);
		expect(list[0]).toMatchObject({ external_id: task.external_id, status: 'completed', response: { category: testModeCategory(task) } });
		expect(list.slice(1).map((t) => t.status)).toEqual(['pending', 'pending']);

		const again = (await call(`/tasks/${task.external_id}`)).json as Task;
		expect(again).toEqual(list[0]);
		expect(store.callbacks(TEST_KEY)).toEqual([{ url: task.callback_url, body: again, at: again.completed_at }]);
	});

	it('applies defaults and keeps keys apart', async () => {
		const { task_type, metadata, ...minimal } = createTaskExample;
		const created = (await create(minimal, OTHER_KEY)).json as Task;
		expect(created).toMatchObject({ task_type: 'categorization', metadata: {} });
		expect((await call(`/tasks/${created.external_id}`)).status).toBe(404);
		expect((await call(`/tasks/${created.external_id}`, { key: OTHER_KEY })).status).toBe(200);
	});

	it('reset restores the start', async () => {
		await create();
		await call('/tasks');
		store.reset(TEST_KEY);
		expect((await call('/tasks')).json).toEqual(seedTasks);
		expect(store.callbacks(TEST_KEY)).toEqual([]);
	});
});

describe('errors', () => {
	it.each([
		['missing', null, /missing/],
		['empty', '', /missing/],
		['malformed', 'test_123', /malformed/],
		['live', 'live_AAAAAAAAAAAAAAAAAAAA', /[Ll]ive keys/],
	])('a %s key is a 401', async (_, key, message) => {
		const { status, json } = await call('/tasks', { key });
		expect(status).toBe(401);
		expect(json.error.message).toMatch(message);
	});

	it.each([
		['DELETE', '/tasks', 'GET, POST'],
		['PUT', '/tasks', 'GET, POST'],
		['PATCH', `/tasks/${seedTasks[0]!.external_id}`, 'GET'],
		['POST', `/tasks/${seedTasks[0]!.external_id}`, 'GET'],
	])('%s %s is a 405 with Allow', async (method, path, allow) => {
		const { status, headers } = await call(path, { method });
		expect(status).toBe(405);
		expect(headers.get('Allow')).toBe(allow);
	});

	it.each(['', '/', '/task', '/tasks/a/b', '/작업', '/tasks/%2e%2e/%2e%2e', '/../v2/tasks'])('%s is a 404', async (path) => {
		expect((await call(path)).status).toBe(404);
	});

	const withParams = (params: Record<string, unknown>) => ({ ...createTaskExample, params: { ...createTaskExample.params, ...params } });
	it.each([
		['not JSON', '{"instruction": ', ['body']],
		['an array', '[]', ['body']],
		['over 64 KiB', JSON.stringify({ ...createTaskExample, instruction: 'x'.repeat(70_000) }), ['body']],
		['missing fields', '{}', ['instruction', 'params', 'callback_url']],
		['an unknown field', JSON.stringify({ ...createTaskExample, colour: 'red' }), ['colour']],
		['one category', JSON.stringify(withParams({ categories: ['big'] })), ['params.categories']],
		['duplicate categories', JSON.stringify(withParams({ categories: ['big', 'big'] })), ['params.categories']],
		['a javascript: callback', JSON.stringify({ ...createTaskExample, callback_url: 'javascript:alert(1)' }), ['callback_url']],
		['10,000 emoji', JSON.stringify({ ...createTaskExample, instruction: '😀'.repeat(10_000) }), ['instruction']],
	])('a body with %s is a 400 naming its fields', async (_, body, paths) => {
		const { status, json } = await call('/tasks', { method: 'POST', body });
		expect(status).toBe(400);
		expect(json.error.fields.map((field: { path: string }) => field.path)).toEqual(paths);
		expect(json.error.message).toMatch(new RegExp(`${paths.length} invalid field`));
	});

	it.each([429, 500, 503])('the fault header produces %i', async (fault) => {
		const { status, json } = await call('/tasks', { headers: { [FAULT_HEADER]: String(fault) } });
		expect(status).toBe(fault);
		expect(json.error.status).toBe(fault);
	});

	it('an unknown fault is a 400 naming the header', async () => {
		const { status, json } = await call('/tasks', { headers: { [FAULT_HEADER]: '418' } });
		expect(status).toBe(400);
		expect(json.error.fields[0].path).toBe(`headers.${FAULT_HEADER}`);
	});
});
