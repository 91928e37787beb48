import { TEST_KEY, completeInTestMode, seedTasks, type Task, type TaskCreateParsed } from '../contract/index.ts';
import { SANDBOX_MAX_KEYS, SANDBOX_MAX_TASKS_PER_KEY } from './config.ts';

/** The body test mode would POST to `url` as it completes the task `body`. Nothing is ever sent: the docs panel only shows it. */
export interface CallbackDelivery {
	url: string;
	body: Task;
	at: string;
}

/** One key's state as the API shows it: tasks newest first, callbacks oldest first. */
export interface KeySnapshot {
	tasks: Task[];
	callbacks: CallbackDelivery[];
}

/**
 * Where the browser keeps each key's state across reloads; the server keeps none, its state lasts
 * as long as the process. The store loads a key once, at its first use, and saves it after each
 * change. Implementations never throw: storage that fails only means the state does not last.
 */
export interface SandboxPersistence {
	/** Undefined when nothing usable is kept for `key`: it starts afresh. */
	load(key: string): KeySnapshot | undefined;
	save(key: string, snapshot: KeySnapshot): void;
	remove(key: string): void;
}

const seedIds = new Set(seedTasks.map((task) => task.external_id));

/** Test mode labels a created task at the first read that returns it; the seed's samples stay pending. */
const isDue = (task: Task) => task.status === 'pending' && !seedIds.has(task.external_id);

/** Drops the oldest entries of an insertion-ordered map beyond `limit`. */
function trim<V>(map: Map<string, V>, limit: number, dropped?: (key: string) => void): void {
	for (const key of map.keys()) {
		if (map.size <= limit) return;
		map.delete(key);
		dropped?.(key);
	}
}

/** One key's tasks and callbacks, each by task id, oldest first: adding, finding and dropping the oldest cost the same at any size. */
class KeyState {
	readonly tasks = new Map<string, Task>();
	/** In the order test mode completed their tasks. */
	readonly callbacks = new Map<string, CallbackDelivery>();

	static from({ tasks, callbacks }: KeySnapshot): KeyState {
		const state = new KeyState();
		for (const task of tasks.slice(0, SANDBOX_MAX_TASKS_PER_KEY).reverse()) state.tasks.set(task.external_id, task);
		for (const delivery of callbacks.slice(-SANDBOX_MAX_TASKS_PER_KEY)) state.callbacks.set(delivery.body.external_id, delivery);
		return state;
	}

	snapshot(): KeySnapshot {
		return { tasks: [...this.tasks.values()].reverse(), callbacks: [...this.callbacks.values()] };
	}

	add(task: Task): void {
		this.tasks.set(task.external_id, task);
		trim(this.tasks, SANDBOX_MAX_TASKS_PER_KEY);
	}

	/** Keeps the task's place among the others; its callback body is the completed task itself. */
	complete(task: Task, now: Date): Task {
		const done = completeInTestMode(task, now);
		this.tasks.set(done.external_id, done);
		this.callbacks.set(done.external_id, { url: done.callback_url, body: done, at: now.toISOString() });
		trim(this.callbacks, SANDBOX_MAX_TASKS_PER_KEY);
		return done;
	}
}

/**
 * The tasks of every test key, each key apart, run by the contract's test mode (src/contract/test-mode.ts). Keys are not checked
 * here. State lives in memory as objects; what it hands out are copies, so callers cannot change it.
 * It keeps the newest SANDBOX_MAX_TASKS_PER_KEY tasks of the SANDBOX_MAX_KEYS most recently used keys.
 */
export class SandboxStore {
	/** Least recently used first. */
	readonly #keys = new Map<string, KeyState>();
	readonly #persistence: SandboxPersistence | undefined;

	constructor(persistence?: SandboxPersistence) {
		this.#persistence = persistence;
	}

	#use(key: string): KeyState {
		const state = this.#keys.get(key) ?? this.#start(key);
		this.#keys.delete(key);
		this.#keys.set(key, state);
		trim(this.#keys, SANDBOX_MAX_KEYS, (evicted) => this.#persistence?.remove(evicted));
		return state;
	}

	#start(key: string): KeyState {
		const kept = this.#persistence?.load(key);
		return KeyState.from(kept ?? { tasks: key === TEST_KEY ? structuredClone(seedTasks) : [], callbacks: [] });
	}

	#changed(key: string, state: KeyState): void {
		this.#persistence?.save(key, state.snapshot());
	}

	/** Adds a task for `key` and returns it as creation answers it: pending, nothing labeled yet. */
	create(key: string, body: TaskCreateParsed, now: Date): Task {
		const state = this.#use(key);
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
		state.add(task);
		this.#changed(key, state);
		return structuredClone(task);
	}

	/** Every task of `key`, newest first; the list returns them all, so it completes every one due. */
	list(key: string, now: Date): Task[] {
		const state = this.#use(key);
		let completed = false;
		for (const task of state.tasks.values()) {
			if (!isDue(task)) continue;
			state.complete(task, now);
			completed = true;
		}
		if (completed) this.#changed(key, state);
		return structuredClone([...state.tasks.values()].reverse());
	}

	/** Undefined when `key` has no task with this id, whoever else has one; only the task returned is completed. */
	get(key: string, id: string, now: Date): Task | undefined {
		const state = this.#use(key);
		const task = state.tasks.get(id);
		if (!task || !isDue(task)) return task && structuredClone(task);
		const done = state.complete(task, now);
		this.#changed(key, state);
		return structuredClone(done);
	}

	/** Every callback test mode has "sent" for `key`, oldest first. */
	callbacks(key: string): CallbackDelivery[] {
		return structuredClone([...this.#use(key).callbacks.values()]);
	}

	/** Back to the start: the seed tasks for the documented key, nothing for any other. */
	reset(key: string): void {
		this.#keys.delete(key);
		this.#persistence?.remove(key);
	}
}
