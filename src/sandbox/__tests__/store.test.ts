import { describe, expect, it } from 'vitest';
import {
	TEST_KEY,
	createTaskExample,
	seedTasks,
	testModeCategory,
	validateCreateBody,
	type TaskCreateParsed,
} from '../../contract/index.ts';
import { SANDBOX_MAX_KEYS, SANDBOX_MAX_TASKS_PER_KEY } from '../config.ts';
import { SandboxStore } from '../store.ts';
import { webStoragePersistence, type SandboxStorage } from '../web-storage.ts';

const OTHER_KEY = 'test_BBBBBBBBBBBBBBBBBBBB';
const created = new Date('2024-06-01T10:00:00.000Z');
const read = new Date('2024-06-01T10:00:05.000Z');

/** What sessionStorage does, for one tab. */
function memoryStorage(): SandboxStorage {
	const items = new Map<string, string>();
	return {
		getItem: (name) => items.get(name) ?? null,
		setItem: (name, value) => void items.set(name, String(value)),
		removeItem: (name) => void items.delete(name),
	};
}

/** A store on `storage`, as the browser's is on sessionStorage. */
const storeOn = (storage: SandboxStorage) => new SandboxStore(webStoragePersistence(storage));

/** A valid test key of its own for each number. */
const keyNumber = (index: number) => `test_${String(index).padStart(20, '0')}`;

function parsedExample(): TaskCreateParsed {
	const result = validateCreateBody(JSON.stringify(createTaskExample));
	if (!result.ok) throw new Error('the contract example must validate');
	return result.value;
}

describe('SandboxStore', () => {
	it('keeps each key as JSON under workersai-sandbox:<key>', () => {
		const storage = memoryStorage();
		const store = storeOn(storage);
		const task = store.create(OTHER_KEY, parsedExample(), created);
		const kept = JSON.parse(storage.getItem(`workersai-sandbox:${OTHER_KEY}`)!);
		expect(kept.tasks).toEqual([task]);
		expect(storage.getItem(`workersai-sandbox:${TEST_KEY}`)).toBeNull();
	});

	it('state lasts across store instances on the same storage, as sessionStorage does across reloads', () => {
		const storage = memoryStorage();
		const task = storeOn(storage).create(TEST_KEY, parsedExample(), created);
		const again = storeOn(storage);
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
		const store = storeOn(storage);
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
		const store = storeOn({ getItem: refuse, setItem: refuse, removeItem: refuse });
		expect(store.list(TEST_KEY, read)).toEqual(seedTasks);
		expect(store.create(TEST_KEY, parsedExample(), created).status).toBe('pending');
		expect(store.list(TEST_KEY, read)).toHaveLength(3);
		expect(() => store.reset(TEST_KEY)).not.toThrow();
		expect(store.list(TEST_KEY, read)).toEqual(seedTasks);
	});

	it('never hands out the seed objects themselves', () => {
		const store = new SandboxStore();
		store.list(TEST_KEY, read)[0]!.params.categories.push('huge');
		expect(seedTasks[0]!.params.categories).toEqual(['big', 'small']);
		expect(store.list(TEST_KEY, read)).toEqual(seedTasks);
	});

	it('what it hands out is a copy: changing it changes nothing kept', () => {
		const store = new SandboxStore();
		const task = store.create(OTHER_KEY, parsedExample(), created);
		task.params.categories.push('huge');
		store.get(OTHER_KEY, task.external_id, read)!.status = 'pending';
		store.callbacks(OTHER_KEY)[0]!.body.instruction = 'changed';
		const kept = store.list(OTHER_KEY, read)[0]!;
		expect(kept).toMatchObject({ status: 'completed', params: { categories: ['big', 'small'] }, instruction: createTaskExample.instruction });
		expect(store.callbacks(OTHER_KEY)[0]!.body).toEqual(kept);
	});

	it('reads storage once per key and writes it after each change', () => {
		const storage = memoryStorage();
		const reads: string[] = [];
		const store = storeOn({ ...storage, getItem: (name) => (reads.push(name), storage.getItem(name)) });
		const task = store.create(OTHER_KEY, parsedExample(), created);
		store.list(OTHER_KEY, read);
		store.get(OTHER_KEY, task.external_id, read);
		expect(reads).toEqual([`workersai-sandbox:${OTHER_KEY}`]);
		expect(JSON.parse(storage.getItem(`workersai-sandbox:${OTHER_KEY}`)!).callbacks).toEqual(store.callbacks(OTHER_KEY));
	});

	it('reset touches one key only', () => {
		const store = new SandboxStore();
		store.create(TEST_KEY, parsedExample(), created);
		store.create(OTHER_KEY, parsedExample(), created);
		store.reset(OTHER_KEY);
		expect(store.list(OTHER_KEY, read)).toEqual([]);
		expect(store.list(TEST_KEY, read)).toHaveLength(3);
	});

	describe('test mode completes a task at the first read that returns it', () => {
		const later = new Date('2024-06-01T10:00:09.000Z');
		const UNKNOWN = '00000000-0000-4000-8000-000000000000';

		it('a get of an unknown id completes nothing', () => {
			const store = new SandboxStore();
			const task = store.create(TEST_KEY, parsedExample(), created);
			expect(store.get(TEST_KEY, UNKNOWN, read)).toBeUndefined();
			expect(store.callbacks(TEST_KEY)).toEqual([]);
			expect(store.get(TEST_KEY, task.external_id, later)).toMatchObject({ status: 'completed', completed_at: later.toISOString() });
		});

		it('a get of another task completes that one only', () => {
			const store = new SandboxStore();
			const first = store.create(OTHER_KEY, parsedExample(), created);
			const second = store.create(OTHER_KEY, parsedExample(), created);
			expect(store.get(OTHER_KEY, second.external_id, read)).toMatchObject({ status: 'completed', completed_at: read.toISOString() });
			expect(store.callbacks(OTHER_KEY).map(({ body }) => body.external_id)).toEqual([second.external_id]);

			const done = store.get(OTHER_KEY, first.external_id, later);
			expect(done).toEqual({ ...first, status: 'completed', response: { category: testModeCategory(first) }, completed_at: later.toISOString() });
			expect(store.callbacks(OTHER_KEY)).toEqual([
				{ url: second.callback_url, body: store.get(OTHER_KEY, second.external_id, later), at: read.toISOString() },
				{ url: first.callback_url, body: done, at: later.toISOString() },
			]);
		});

		it('a list completes every task it returns, once, except the seed samples', () => {
			const store = new SandboxStore();
			const older = store.create(TEST_KEY, parsedExample(), created);
			const newer = store.create(TEST_KEY, parsedExample(), created);
			const list = store.list(TEST_KEY, read);
			expect(list.map((task) => [task.external_id, task.status])).toEqual([
				[newer.external_id, 'completed'],
				[older.external_id, 'completed'],
				...seedTasks.map((task) => [task.external_id, 'pending']),
			]);
			store.list(TEST_KEY, later);
			expect(store.callbacks(TEST_KEY).map(({ body, at }) => [body.external_id, at])).toEqual([
				[older.external_id, read.toISOString()],
				[newer.external_id, read.toISOString()],
			]);
		});
	});

	// Filling a key to its limit takes seconds on a busy machine, well within this generous bound.
	describe(`limits: the newest ${SANDBOX_MAX_TASKS_PER_KEY} tasks of the ${SANDBOX_MAX_KEYS} most recently used keys`, { timeout: 30_000 }, () => {
		const body = parsedExample();

		it('one task more drops the oldest task of the key', () => {
			const store = new SandboxStore();
			const ids = Array.from({ length: SANDBOX_MAX_TASKS_PER_KEY + 1 }, () => store.create(OTHER_KEY, body, created).external_id);
			expect(store.get(OTHER_KEY, ids[0]!, read)).toBeUndefined();
			expect(store.get(OTHER_KEY, ids[1]!, read)?.external_id).toBe(ids[1]);
			expect(store.list(OTHER_KEY, read).map((task) => task.external_id)).toEqual(ids.slice(1).reverse());
		});

		it('one callback more drops the oldest callback of the key', () => {
			const store = new SandboxStore();
			const first = store.create(OTHER_KEY, body, created);
			store.get(OTHER_KEY, first.external_id, read);
			for (let count = 0; count < SANDBOX_MAX_TASKS_PER_KEY; count++) store.create(OTHER_KEY, body, created);
			store.list(OTHER_KEY, read);
			const callbacks = store.callbacks(OTHER_KEY);
			expect(callbacks).toHaveLength(SANDBOX_MAX_TASKS_PER_KEY);
			expect(callbacks.map(({ body }) => body.external_id)).not.toContain(first.external_id);
		});

		it('one key more evicts the least recently used key, which starts afresh', () => {
			const storage = memoryStorage();
			const store = storeOn(storage);
			const kept = Array.from({ length: SANDBOX_MAX_KEYS }, (_, index) => store.create(keyNumber(index), body, created));
			// Key 0 is used again, so key 1 becomes the least recently used.
			store.get(keyNumber(0), kept[0]!.external_id, read);
			store.create(keyNumber(SANDBOX_MAX_KEYS), body, created);

			expect(storage.getItem(`workersai-sandbox:${keyNumber(1)}`)).toBeNull();
			expect(store.get(keyNumber(2), kept[2]!.external_id, read)?.status).toBe('completed');
			expect(store.callbacks(keyNumber(0))).toHaveLength(1);
			// Last, since using key 1 again evicts the key that is then least recently used.
			expect(store.list(keyNumber(1), read)).toEqual([]);
		});

		it('the documented key, once evicted, starts again from the seed', () => {
			const store = new SandboxStore();
			store.create(TEST_KEY, body, created);
			for (let index = 0; index < SANDBOX_MAX_KEYS; index++) store.list(keyNumber(index), read);
			expect(store.list(TEST_KEY, read)).toEqual(seedTasks);
		});

		it('a reset key starts fresh, in storage too', () => {
			const storage = memoryStorage();
			const store = storeOn(storage);
			store.create(TEST_KEY, body, created);
			store.list(TEST_KEY, read);
			store.reset(TEST_KEY);
			expect(store.list(TEST_KEY, read)).toEqual(seedTasks);
			expect(store.callbacks(TEST_KEY)).toEqual([]);
			expect(storeOn(storage).list(TEST_KEY, read)).toEqual(seedTasks);
		});

		it('state found in storage beyond the limit keeps only the newest tasks', () => {
			const storage = memoryStorage();
			const tasks = Array.from({ length: SANDBOX_MAX_TASKS_PER_KEY + 1 }, (_, index) => ({ ...seedTasks[0]!, external_id: crypto.randomUUID(), instruction: `Task ${index}` }));
			storage.setItem(`workersai-sandbox:${OTHER_KEY}`, JSON.stringify({ tasks, callbacks: [] }));
			const list = storeOn(storage).list(OTHER_KEY, read);
			expect(list).toHaveLength(SANDBOX_MAX_TASKS_PER_KEY);
			expect(list[0]!.instruction).toBe('Task 0');
			expect(list.at(-1)!.instruction).toBe(`Task ${SANDBOX_MAX_TASKS_PER_KEY - 1}`);
		});
	});
});
