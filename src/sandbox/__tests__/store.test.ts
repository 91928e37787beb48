import { describe, expect, it } from 'vitest';
import {
	TEST_KEY,
	createTaskExample,
	seedTasks,
	testModeCategory,
	type Task,
} from '../../contract/index.ts';
import { EMPTY_OBJECTS, emptyObjectsBody, largestBody } from '../bodies-at-the-limits.ts';
import { SANDBOX_LIMITS, SANDBOX_MAX_BYTES, SANDBOX_MAX_BYTES_PER_KEY, SANDBOX_MAX_KEYS, type SandboxLimits } from '../config.ts';
import { SandboxStore } from '../store.ts';
import { jsonBytes, type JsonOut, type SandboxBody } from '../stored-task.ts';
import { validateSandboxBody } from '../validate.ts';
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

function parsed(body: string): SandboxBody {
	const result = validateSandboxBody(body);
	if (!result.ok) throw new Error(`the body must validate: ${JSON.stringify(result.fields)}`);
	return result.value;
}

const parsedExample = () => parsed(JSON.stringify(createTaskExample));

// The store answers JSON bytes; these read them as the client would.
const decoder = new TextDecoder();
const text = (json: JsonOut) => decoder.decode(jsonBytes(json));
const create = (store: SandboxStore, key: string, body = parsedExample(), now = created) => JSON.parse(text(store.create(key, body, now))) as Task;
const list = (store: SandboxStore, key: string, now = read) => JSON.parse(text(store.list(key, now))) as Task[];
const get = (store: SandboxStore, key: string, id: string, now = read) => {
	const json = store.get(key, id, now);
	return json === undefined ? undefined : (JSON.parse(text(json)) as Task);
};
const ids = (tasks: Task[]) => tasks.map((task) => task.external_id);

describe('SandboxStore', () => {
	it('keeps each key as JSON under workersai-sandbox:<key>', () => {
		const storage = memoryStorage();
		const store = storeOn(storage);
		const task = create(store, OTHER_KEY, parsedExample(), created);
		const kept = JSON.parse(storage.getItem(`workersai-sandbox:${OTHER_KEY}`)!);
		expect(kept.tasks).toEqual([task]);
		expect(storage.getItem(`workersai-sandbox:${TEST_KEY}`)).toBeNull();
	});

	it('state lasts across store instances on the same storage, as sessionStorage does across reloads', () => {
		const storage = memoryStorage();
		const task = create(storeOn(storage), TEST_KEY, parsedExample(), created);
		const again = storeOn(storage);
		expect(get(again, TEST_KEY, task.external_id, read)).toMatchObject({ status: 'completed', completed_at: read.toISOString() });
		expect(again.callbacks(TEST_KEY)).toEqual([{ url: task.callback_url, body: get(again, TEST_KEY, task.external_id, read), at: read.toISOString() }]);
	});

	it('completes with the time of the read and the category test mode gives', () => {
		const store = new SandboxStore();
		const task = create(store, TEST_KEY, parsedExample(), created);
		expect(task).toMatchObject({ status: 'pending', created_at: created.toISOString(), completed_at: null, response: {} });
		expect(list(store, TEST_KEY, read)[0]).toEqual({ ...task, status: 'completed', response: { category: testModeCategory(task) }, completed_at: read.toISOString() });
		expect(list(store, TEST_KEY, new Date('2030-01-01T00:00:00.000Z'))[0]!.completed_at).toBe(read.toISOString());
	});

	it.each([
		['not JSON', '{'],
		['a string', '"text"'],
		['null', 'null'],
		['another shape', '{"tasks": 3}'],
		['null tasks', '{"tasks": [null], "callbacks": []}'],
		['tasks that break the contract', JSON.stringify({ tasks: [{ ...seedTasks[0], status: 'lost' }], callbacks: [] })],
		['an older version with extra keys', JSON.stringify({ tasks: [], created: [], callbacks: [] })],
		['the older version of whole callbacks', JSON.stringify({ tasks: [], callbacks: [{ url: 'http://example.com/callback', body: seedTasks[0], at: seedTasks[0]!.created_at }] })],
	])('treats %s in storage as a fresh start, never a crash', (_, junk) => {
		const storage = memoryStorage();
		const store = storeOn(storage);
		storage.setItem(`workersai-sandbox:${TEST_KEY}`, junk);
		storage.setItem(`workersai-sandbox:${OTHER_KEY}`, junk);
		expect(list(store, TEST_KEY, read)).toEqual(seedTasks);
		expect(list(store, OTHER_KEY, read)).toEqual([]);
		expect(store.callbacks(TEST_KEY)).toEqual([]);
		expect(create(store, OTHER_KEY, parsedExample(), created).status).toBe('pending');
	});

	it('keeps answering when storage refuses every call', () => {
		const refuse = () => {
			throw new Error('SecurityError');
		};
		const store = storeOn({ getItem: refuse, setItem: refuse, removeItem: refuse });
		expect(list(store, TEST_KEY, read)).toEqual(seedTasks);
		expect(create(store, TEST_KEY, parsedExample(), created).status).toBe('pending');
		expect(list(store, TEST_KEY, read)).toHaveLength(3);
		expect(() => store.reset(TEST_KEY)).not.toThrow();
		expect(list(store, TEST_KEY, read)).toEqual(seedTasks);
	});

	it('what it hands out is a copy: changing a callback changes nothing kept', () => {
		const store = new SandboxStore();
		const task = create(store, OTHER_KEY);
		get(store, OTHER_KEY, task.external_id);
		store.callbacks(OTHER_KEY)[0]!.body.instruction = 'changed';
		const kept = list(store, OTHER_KEY)[0]!;
		expect(kept).toMatchObject({ status: 'completed', instruction: createTaskExample.instruction });
		expect(store.callbacks(OTHER_KEY)[0]!.body).toEqual(kept);
	});

	it('answers metadata exactly as sent, a `__proto__` key included', () => {
		const store = storeOn(memoryStorage());
		const body = parsed(JSON.stringify(createTaskExample).replace('"metadata":{', '"metadata":{"__proto__":{"admin":true},'));
		const expected = `{"__proto__":{"admin":true},${JSON.stringify(createTaskExample.metadata).slice(1)}`;
		const metadataOf = (json: JsonOut) => JSON.stringify((JSON.parse(text(json)) as Task).metadata);
		const task = store.create(OTHER_KEY, body, created);
		expect(metadataOf(task)).toBe(expected);
		const id = (JSON.parse(text(task)) as Task).external_id;
		expect(metadataOf(store.get(OTHER_KEY, id, read)!)).toBe(expected);
		expect(JSON.stringify(store.callbacks(OTHER_KEY)[0]!.body.metadata)).toBe(expected);
	});

	it('keeps what a read changed: a store on the same storage finds the task completed, its callback sent', () => {
		const storage = memoryStorage();
		const store = storeOn(storage);
		const task = create(store, OTHER_KEY, parsedExample(), created);
		const completed = list(store, OTHER_KEY, read);
		const later = new Date('2024-06-01T10:10:00.000Z');
		const again = storeOn(storage);
		expect(list(again, OTHER_KEY, later)).toEqual(completed);
		expect(get(again, OTHER_KEY, task.external_id, later)).toMatchObject({ status: 'completed', completed_at: read.toISOString() });
		expect(again.callbacks(OTHER_KEY)).toEqual(store.callbacks(OTHER_KEY));
	});

	it('reset touches one key only', () => {
		const store = new SandboxStore();
		create(store, TEST_KEY, parsedExample(), created);
		create(store, OTHER_KEY, parsedExample(), created);
		store.reset(OTHER_KEY);
		expect(list(store, OTHER_KEY, read)).toEqual([]);
		expect(list(store, TEST_KEY, read)).toHaveLength(3);
	});

	describe('test mode completes a task at the first read that returns it', () => {
		const later = new Date('2024-06-01T10:00:09.000Z');
		const UNKNOWN = '00000000-0000-4000-8000-000000000000';

		it('a get of an unknown id completes nothing', () => {
			const store = new SandboxStore();
			const task = create(store, TEST_KEY, parsedExample(), created);
			expect(get(store, TEST_KEY, UNKNOWN, read)).toBeUndefined();
			expect(store.callbacks(TEST_KEY)).toEqual([]);
			expect(get(store, TEST_KEY, task.external_id, later)).toMatchObject({ status: 'completed', completed_at: later.toISOString() });
		});

		it('a get of another task completes that one only', () => {
			const store = new SandboxStore();
			const first = create(store, OTHER_KEY, parsedExample(), created);
			const second = create(store, OTHER_KEY, parsedExample(), created);
			expect(get(store, OTHER_KEY, second.external_id, read)).toMatchObject({ status: 'completed', completed_at: read.toISOString() });
			expect(store.callbacks(OTHER_KEY).map(({ body }) => body.external_id)).toEqual([second.external_id]);

			const done = get(store, OTHER_KEY, first.external_id, later);
			expect(done).toEqual({ ...first, status: 'completed', response: { category: testModeCategory(first) }, completed_at: later.toISOString() });
			expect(store.callbacks(OTHER_KEY)).toEqual([
				{ url: second.callback_url, body: get(store, OTHER_KEY, second.external_id, later), at: read.toISOString() },
				{ url: first.callback_url, body: done, at: later.toISOString() },
			]);
		});

		it('a list completes every task it returns, once, except the seed samples', () => {
			const store = new SandboxStore();
			const older = create(store, TEST_KEY, parsedExample(), created);
			const newer = create(store, TEST_KEY, parsedExample(), created);
			const tasks = list(store, TEST_KEY, read);
			expect(tasks.map((task) => [task.external_id, task.status])).toEqual([
				[newer.external_id, 'completed'],
				[older.external_id, 'completed'],
				...seedTasks.map((task) => [task.external_id, 'pending']),
			]);
			list(store, TEST_KEY, later);
			expect(store.callbacks(TEST_KEY).map(({ body, at }) => [body.external_id, at])).toEqual([
				[older.external_id, read.toISOString()],
				[newer.external_id, read.toISOString()],
			]);
		});
	});

	describe('limits, in bytes of the JSON kept', () => {
		const example = parsedExample();
		const bytes = (json: string | JsonOut) => (typeof json === 'string' ? Buffer.byteLength(json) : json.length);
		const taskBytes = bytes(JSON.stringify(list(((store) => (create(store, OTHER_KEY), store))(new SandboxStore()), OTHER_KEY)[0]));
		/** Room for `count` example tasks, whichever category test mode gives them, and not for one more. */
		const room = (count: number) => count * (taskBytes + 8);
		const small = (limits: Partial<SandboxLimits>) => ({ ...SANDBOX_LIMITS, ...limits });

		it("one task more than a key's bytes drops its oldest task, and that task's callback", () => {
			const store = new SandboxStore(undefined, small({ bytesPerKey: room(3) }));
			const tasks = [create(store, OTHER_KEY, example), create(store, OTHER_KEY, example), create(store, OTHER_KEY, example)];
			get(store, OTHER_KEY, tasks[0]!.external_id);
			get(store, OTHER_KEY, tasks[1]!.external_id);
			const fourth = create(store, OTHER_KEY, example);
			expect(get(store, OTHER_KEY, tasks[0]!.external_id)).toBeUndefined();
			expect(ids(list(store, OTHER_KEY))).toEqual([fourth.external_id, tasks[2]!.external_id, tasks[1]!.external_id]);
			expect(store.callbacks(OTHER_KEY).map(({ body }) => body.external_id)).toEqual([tasks[1]!.external_id, tasks[2]!.external_id, fourth.external_id]);
		});

		it('keys beyond the total bytes evict the least recently used key, which starts afresh', () => {
			const storage = memoryStorage();
			const store = new SandboxStore(webStoragePersistence(storage), small({ bytes: room(4) }));
			const kept = [0, 1, 2, 3].map((index) => create(store, keyNumber(index), example));
			// Key 0 is used again, so key 1 becomes the least recently used.
			get(store, keyNumber(0), kept[0]!.external_id);
			create(store, keyNumber(4), example);
			expect(storage.getItem(`workersai-sandbox:${keyNumber(1)}`)).toBeNull();
			expect(get(store, keyNumber(0), kept[0]!.external_id)?.status).toBe('completed');
			expect(get(store, keyNumber(2), kept[2]!.external_id)?.status).toBe('completed');
			expect(list(store, keyNumber(1))).toEqual([]);
		});

		it('one key more than the count evicts the least recently used key', () => {
			const store = new SandboxStore(undefined, small({ keys: 3 }));
			const kept = [0, 1, 2].map((index) => create(store, keyNumber(index), example));
			get(store, keyNumber(0), kept[0]!.external_id);
			create(store, keyNumber(3), example);
			expect(ids(list(store, keyNumber(0)))).toEqual([kept[0]!.external_id]);
			expect(ids(list(store, keyNumber(2)))).toEqual([kept[2]!.external_id]);
			expect(list(store, keyNumber(1))).toEqual([]);
		});

		it('the documented key, once evicted, starts again from the seed', () => {
			const store = new SandboxStore(undefined, small({ keys: 3 }));
			create(store, TEST_KEY, example);
			for (let index = 0; index < 3; index++) list(store, keyNumber(index));
			expect(list(store, TEST_KEY)).toEqual(seedTasks);
		});

		it('a reset key starts fresh, in storage too', () => {
			const storage = memoryStorage();
			const store = storeOn(storage);
			create(store, TEST_KEY, example);
			list(store, TEST_KEY);
			store.reset(TEST_KEY);
			expect(list(store, TEST_KEY)).toEqual(seedTasks);
			expect(store.callbacks(TEST_KEY)).toEqual([]);
			expect(list(storeOn(storage), TEST_KEY)).toEqual(seedTasks);
		});

		// Room for three as completed tasks, which are a few bytes larger, and not for a fourth.
		it('state found in storage beyond the limit keeps only the newest tasks', () => {
			const storage = memoryStorage();
			const tasks = Array.from({ length: 4 }, (_, index) => ({ ...seedTasks[0]!, external_id: crypto.randomUUID(), instruction: `Task ${index}` }));
			storage.setItem(`workersai-sandbox:${OTHER_KEY}`, JSON.stringify({ tasks, callbacks: [] }));
			expect(list(new SandboxStore(webStoragePersistence(storage), small({ bytesPerKey: 3 * (bytes(JSON.stringify(tasks[0])) + 100) })), OTHER_KEY).map((task) => task.instruction)).toEqual([
				'Task 0',
				'Task 1',
				'Task 2',
			]);
		});

		// Some hundreds of the largest bodies; a generous bound for a busy machine.
		describe(`at the sandbox's own bounds: ${SANDBOX_MAX_BYTES_PER_KEY} bytes a key, ${SANDBOX_MAX_BYTES} in all`, { timeout: 120_000 }, () => {
			it("a key's list at its bound answers, within the bound, as many of the largest tasks as fit", () => {
				const store = new SandboxStore();
				const body = parsed(largestBody());
				const one = bytes(store.create(OTHER_KEY, body, created));
				for (let count = 1; count * one < SANDBOX_MAX_BYTES_PER_KEY * 1.5; count++) store.create(OTHER_KEY, body, created);
				const answer = store.list(OTHER_KEY, read);
				expect(bytes(answer)).toBeLessThanOrEqual(SANDBOX_MAX_BYTES_PER_KEY);
				expect(bytes(answer)).toBeGreaterThan(SANDBOX_MAX_BYTES_PER_KEY - 2 * one);
				expect((JSON.parse(text(answer)) as Task[]).every((task) => task.status === 'completed')).toBe(true);
			});

			it(`metadata of ${EMPTY_OBJECTS} empty objects costs its bytes: ${SANDBOX_MAX_KEYS} keys keep at most ${SANDBOX_MAX_BYTES} bytes`, () => {
				const store = new SandboxStore();
				const body = parsed(emptyObjectsBody());
				const one = bytes(store.create(keyNumber(0), body, created));
				for (let count = 1; count * one < SANDBOX_MAX_BYTES * 1.5; count++) store.create(keyNumber(count % SANDBOX_MAX_KEYS), body, created);
				const answers = Array.from({ length: SANDBOX_MAX_KEYS }, (_, index) => bytes(store.list(keyNumber(index), read)));
				expect(Math.max(...answers)).toBeLessThanOrEqual(SANDBOX_MAX_BYTES_PER_KEY);
				expect(answers.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(SANDBOX_MAX_BYTES);
				expect(answers.reduce((sum, size) => sum + size, 0)).toBeGreaterThan(SANDBOX_MAX_BYTES - SANDBOX_MAX_BYTES_PER_KEY);
			});
		});
	});
});
