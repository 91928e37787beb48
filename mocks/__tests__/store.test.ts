import { describe, expect, it } from 'vitest';
import { TEST_KEY, createTaskExample, seedTasks, testModeCategory, validateCreateBody, type TaskCreateParsed } from '../../src/contract/index.ts';
import { SandboxStore, memoryStorage } from '../store.ts';

const OTHER_KEY = 'test_BBBBBBBBBBBBBBBBBBBB';
const created = new Date('2024-06-01T10:00:00.000Z');
const read = new Date('2024-06-01T10:00:05.000Z');

function parsedExample(): TaskCreateParsed {
	const result = validateCreateBody(JSON.stringify(createTaskExample));
	if (!result.ok) throw new Error('the contract example must validate');
	return result.value;
}

describe('SandboxStore', () => {
	it('keeps each key as JSON under workersai-sandbox:<key>', () => {
		const storage = memoryStorage();
		const store = new SandboxStore(storage);
		const task = store.create(OTHER_KEY, parsedExample(), created);
		const kept = JSON.parse(storage.getItem(`workersai-sandbox:${OTHER_KEY}`)!);
		expect(kept.tasks).toEqual([task]);
		expect(storage.getItem(`workersai-sandbox:${TEST_KEY}`)).toBeNull();
	});

	it('state lasts across store instances on the same storage, as sessionStorage does across reloads', () => {
		const storage = memoryStorage();
		const task = new SandboxStore(storage).create(TEST_KEY, parsedExample(), created);
		const again = new SandboxStore(storage);
		expect(again.get(TEST_KEY, task.external_id, read)).toMatchObject({ status: 'completed', completed_at: read.toISOString() });
		expect(again.callbacks(TEST_KEY)).toEqual([{ url: task.callback_url, body: again.get(TEST_KEY, task.external_id, read), at: read.toISOString() }]);
	});

	it('completes with the time of the read and the category test mode gives', () => {
		const store = new SandboxStore();
		const task = store.create(TEST_KEY, parsedExample(), created);
		expect(task).toMatchObject({ status: 'pending', created_at: created.toISOString(), completed_at: null, response: {} });
		expect(store.list(TEST_KEY, read)[0]).toEqual({ ...task, status: 'completed', response: { category: testModeCategory(task) }, completed_at: read.toISOString() });
		expect(store.list(TEST_KEY, new Date('2030-01-01T00:00:00.000Z'))[0]!.completed_at).toBe(read.toISOString());
	});

	it.each([
		['not JSON', '{'],
		['a string', '"text"'],
		['null', 'null'],
		['another shape', '{"tasks": 3}'],
		['null tasks', '{"tasks": [null], "callbacks": []}'],
		['tasks that break the contract', JSON.stringify({ tasks: [{ ...seedTasks[0], status: 'lost' }], callbacks: [] })],
		['an older version with extra keys', JSON.stringify({ tasks: [], created: [], callbacks: [] })],
	])('treats %s in storage as a fresh start, never a crash', (_, junk) => {
		const storage = memoryStorage();
		const store = new SandboxStore(storage);
		storage.setItem(`workersai-sandbox:${TEST_KEY}`, junk);
		storage.setItem(`workersai-sandbox:${OTHER_KEY}`, junk);
		expect(store.list(TEST_KEY, read)).toEqual(seedTasks);
		expect(store.list(OTHER_KEY, read)).toEqual([]);
		expect(store.callbacks(TEST_KEY)).toEqual([]);
		expect(store.create(OTHER_KEY, parsedExample(), created).status).toBe('pending');
	});

	it('keeps answering when storage refuses every call', () => {
		const refuse = () => {
			throw new Error('SecurityError');
		};
		const store = new SandboxStore({ getItem: refuse, setItem: refuse, removeItem: refuse });
		expect(store.list(TEST_KEY, read)).toEqual(seedTasks);
		expect(store.create(TEST_KEY, parsedExample(), created).status).toBe('pending');
		expect(() => store.reset(TEST_KEY)).not.toThrow();
	});

	it('never hands out the seed objects themselves', () => {
		const store = new SandboxStore();
		store.list(TEST_KEY, read)[0]!.params.categories.push('huge');
		expect(seedTasks[0]!.params.categories).toEqual(['big', 'small']);
		expect(store.list(TEST_KEY, read)).toEqual(seedTasks);
	});

	it('reset touches one key only', () => {
		const store = new SandboxStore();
		store.create(TEST_KEY, parsedExample(), created);
		store.create(OTHER_KEY, parsedExample(), created);
		store.reset(OTHER_KEY);
		expect(store.list(OTHER_KEY, read)).toEqual([]);
		expect(store.list(TEST_KEY, read)).toHaveLength(3);
	});
});
