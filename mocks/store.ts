import * as z from 'zod';
import { TEST_KEY, completeInTestMode, seedTasks, taskSchema, type Task, type TaskCreateParsed } from '../src/contract/index.ts';

/** The part of the Web Storage API the sandbox needs: sessionStorage in a browser, memoryStorage() in Node. */
export type SandboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const callbackDeliverySchema = z.strictObject({ url: z.string(), body: taskSchema, at: z.iso.datetime() });

// Storage outlives code: whatever is found there is checked before use, and anything that is not
// a state this code wrote (corrupt, from an older version, from another app) counts as a fresh start.
const keyStateSchema = z.strictObject({ tasks: z.array(taskSchema), callbacks: z.array(callbackDeliverySchema) });

/** The body test mode would POST to `url`. Nothing is ever sent: the docs panel only shows it. */
export type CallbackDelivery = z.infer<typeof callbackDeliverySchema>;
type KeyState = z.infer<typeof keyStateSchema>;

const PREFIX = 'workersai-sandbox:';
const seedIds = new Set(seedTasks.map((task) => task.external_id));

export function memoryStorage(): SandboxStorage {
	const items = new Map<string, string>();
	return {
		getItem: (name) => items.get(name) ?? null,
		setItem: (name, value) => void items.set(name, String(value)),
		removeItem: (name) => void items.delete(name),
	};
}

function startOf(key: string): KeyState {
	return { tasks: key === TEST_KEY ? structuredClone(seedTasks) : [], callbacks: [] };
}

/** The tasks of every test key, each key apart, run by CONTRACT.md's test mode. Keys are not checked here. */
export class SandboxStore {
	readonly #storage: SandboxStorage;

	constructor(storage: SandboxStorage = memoryStorage()) {
		this.#storage = storage;
	}

	#load(key: string): KeyState {
		try {
			const found = keyStateSchema.safeParse(JSON.parse(this.#storage.getItem(PREFIX + key) ?? 'null'));
			if (found.success) return found.data;
		} catch {
			// Not JSON at all: a fresh start too.
		}
		return startOf(key);
	}

	#save(key: string, state: KeyState): void {
		try {
			this.#storage.setItem(PREFIX + key, JSON.stringify(state));
		} catch {
			// Full or blocked storage: this answer is still right, the change just does not last.
		}
	}

	/** Test mode labels a created task at the first read after its creation; the seed's samples stay pending. */
	#read(key: string, now: Date): KeyState {
		const state = this.#load(key);
		const due = state.tasks.filter((task) => task.status === 'pending' && !seedIds.has(task.external_id));
		if (!due.length) return state;
		state.tasks = state.tasks.map((task) => {
			if (!due.includes(task)) return task;
			const done = completeInTestMode(task, now);
			state.callbacks.push({ url: done.callback_url, body: done, at: now.toISOString() });
			return done;
		});
		this.#save(key, state);
		return state;
	}

	/** Adds a task for `key` and returns it as creation answers it: pending, nothing labeled yet. */
	create(key: string, body: TaskCreateParsed, now: Date): Task {
		const state = this.#load(key);
		const task: Task = {
			external_id: crypto.randomUUID(),
			task_type: body.task_type,
			status: 'pending',
			instruction: body.instruction,
			params: body.params,
			callback_url: body.callback_url,
			metadata: body.metadata,
			response: {},
			created_at: now.toISOString(),
			completed_at: null,
		};
		state.tasks.unshift(task);
		this.#save(key, state);
		return task;
	}

	/** Newest first. */
	list(key: string, now: Date): Task[] {
		return this.#read(key, now).tasks;
	}

	/** Undefined when `key` has no task with this id, whoever else has one. */
	get(key: string, id: string, now: Date): Task | undefined {
		return this.#read(key, now).tasks.find((task) => task.external_id === id);
	}

	/** Every callback test mode has "sent" for `key`, oldest first. */
	callbacks(key: string): CallbackDelivery[] {
		return this.#load(key).callbacks;
	}

	/** Back to the start: the seed tasks for the documented key, nothing for any other. */
	reset(key: string): void {
		try {
			this.#storage.removeItem(PREFIX + key);
		} catch {
			// Blocked storage never held anything for this key.
		}
	}
}
