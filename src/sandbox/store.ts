import { TEST_KEY, seedTasks, type Task } from '../contract/index.ts';
import { SANDBOX_LIMITS, type SandboxLimits } from './config.ts';
import { readSnapshot, snapshotText } from './snapshot.ts';
import { completeTask, jsonBytes, sentJson, storedTask, taskJson, tasksJson, type JsonOut, type SandboxBody, type StoredTask } from './stored-task.ts';

const decoder = new TextDecoder();

/** The body test mode POSTs to `url` as it completes the task `body`: the docs panel shows it; the local server sends it only with `--deliver-callbacks`. */
export interface CallbackDelivery {
	url: string;
	body: Task;
	at: string;
}

/**
 * Where the browser keeps each key's state across reloads, as text; the server keeps none, its
 * state lasts as long as the process. The store loads a key once, at its first use, checks what it
 * reads, and saves it after each change. Implementations never throw: storage that fails only
 * means the state does not last.
 */
export interface SandboxPersistence {
	/** Undefined when nothing is kept for `key`. */
	load(key: string): string | undefined;
	/** False when the snapshot could not be kept. */
	save(key: string, snapshot: string): boolean;
	remove(key: string): void;
}

/** A completed task's callback: the task itself, sent as it completed. */
function delivery(task: StoredTask): CallbackDelivery {
	const body = JSON.parse(decoder.decode(jsonBytes(taskJson(task)))) as Task;
	return { url: body.callback_url, body, at: task.completedAt! };
}

const seedIds = new Set(seedTasks.map((task) => task.external_id));

/** Test mode labels a created task at the first read that returns it; the seed's samples stay pending. */
const isDue = (task: StoredTask) => task.completedAt === null && !seedIds.has(task.id);

/** One key's tasks, by id, oldest first, and the bytes they take: adding, finding and dropping the oldest cost the same at any size. */
class KeyState {
	readonly tasks = new Map<string, StoredTask>();
	/** The ids of the tasks test mode completed, in that order: their callbacks. */
	readonly completed = new Set<string>();
	bytes = 0;

	/** Adds `task` as the newest and drops the oldest beyond `maxBytes`, never the task just added; returns the change in bytes. */
	add(task: StoredTask, maxBytes: number): number {
		const before = this.bytes;
		this.tasks.set(task.id, task);
		this.bytes += task.bytes;
		for (const [id, oldest] of this.tasks) {
			if (this.bytes <= maxBytes || this.tasks.size === 1) break;
			this.tasks.delete(id);
			this.completed.delete(id);
			this.bytes -= oldest.bytes;
		}
		return this.bytes - before;
	}

	/** The JSON array of the tasks, newest first. */
	json(): JsonOut {
		return tasksJson([...this.tasks.values()].reverse());
	}

	snapshot(): string {
		return snapshotText(decoder.decode(jsonBytes(this.json())), [...this.completed]);
	}
}

/**
 * The tasks of every test key, each key apart, run by the contract's test mode
 * (src/contract/test-mode.ts). Keys are not checked here. Each task is kept as its JSON, and
 * what the store hands out is that JSON as it stands when asked, to be written out: the chunks of a
 * large task are the bytes kept, lent (callers write them, never change them), so that answering
 * a list costs no copy of it. It keeps the newest tasks of each key up to `limits.bytesPerKey`, for
 * the `limits.keys` most recently used keys, up to `limits.bytes` in all.
 */
export class SandboxStore {
	/** Least recently used first. */
	readonly #keys = new Map<string, KeyState>();
	readonly #persistence: SandboxPersistence | undefined;
	/** The keys whose last change could not be kept: a reload would lose it. */
	readonly #unsaved = new Set<string>();
	readonly #limits: SandboxLimits;
	#bytes = 0;
	readonly #completeListeners = new Set<(delivery: CallbackDelivery) => void>();

	constructor(persistence?: SandboxPersistence, limits: SandboxLimits = SANDBOX_LIMITS) {
		this.#persistence = persistence;
		this.#limits = limits;
	}

	#use(key: string): KeyState {
		const state = this.#keys.get(key) ?? this.#start(key);
		this.#keys.delete(key);
		this.#keys.set(key, state);
		this.#evictKeys();
		return state;
	}

	/** Drops least recently used keys beyond the limits; the one in use is the most recent, and never more than one key's bytes. */
	#evictKeys(): void {
		for (const [key, state] of this.#keys) {
			if (this.#keys.size === 1 || (this.#keys.size <= this.#limits.keys && this.#bytes <= this.#limits.bytes)) return;
			this.#keys.delete(key);
			this.#bytes -= state.bytes;
			this.#persistence?.remove(key);
		}
	}

	#start(key: string): KeyState {
		const kept = this.#persistence?.load(key);
		const snapshot = kept === undefined ? undefined : readSnapshot(kept);
		const state = new KeyState();
		// Oldest first, so that state kept beyond the limits keeps its newest tasks.
		const tasks = snapshot?.tasks ?? (key === TEST_KEY ? seedTasks : []);
		for (const task of [...tasks].reverse()) this.#bytes += state.add(storedTask(task), this.#limits.bytesPerKey);
		for (const id of snapshot?.callbacks ?? []) if (state.tasks.get(id)?.completedAt) state.completed.add(id);
		return state;
	}

	/**
	 * Calls `listener` with the callback of each task test mode completes from now on, once per
	 * task, as it completes; the local server delivers them. Returns what removes the listener.
	 */
	onComplete(listener: (delivery: CallbackDelivery) => void): () => void {
		this.#completeListeners.add(listener);
		return () => this.#completeListeners.delete(listener);
	}

	#changed(key: string, state: KeyState): void {
		if (this.#persistence?.save(key, state.snapshot()) === false) this.#unsaved.add(key);
		else this.#unsaved.delete(key);
	}

	/** Whether the last change of `key` could not be kept by the persistence, and a reload would lose it. */
	unsaved(key: string): boolean {
		return this.#unsaved.has(key);
	}

	#add(key: string, task: StoredTask): void {
		const state = this.#use(key);
		this.#bytes += state.add(task, this.#limits.bytesPerKey);
		this.#evictKeys();
		this.#changed(key, state);
	}

	/** Test mode labels `task` at `at`; its callback is "sent" at that moment. */
	#complete(state: KeyState, task: StoredTask, at: string): void {
		completeTask(task, at);
		state.completed.add(task.id);
		for (const listener of this.#completeListeners) listener(delivery(task));
	}

	/** Adds a task for `key` and returns its JSON as creation answers it: pending, nothing labeled yet. */
	create(key: string, { metadataJson, ...body }: SandboxBody, now: Date): JsonOut {
		const task = storedTask({ external_id: crypto.randomUUID(), ...body, created_at: now.toISOString(), completed_at: null }, sentJson(body, metadataJson));
		this.#add(key, task);
		return taskJson(task);
	}

	/** The JSON array of every task of `key`, newest first; the list returns them all, so it completes every one due. */
	list(key: string, now: Date): JsonOut {
		const state = this.#use(key);
		let completed = false;
		// One time for all, kept once.
		const at = now.toISOString();
		for (const task of state.tasks.values()) {
			if (!isDue(task)) continue;
			this.#complete(state, task, at);
			completed = true;
		}
		if (completed) this.#changed(key, state);
		return state.json();
	}

	/** The task's JSON; undefined when `key` has no task with this id, whoever else has one. Only the task returned is completed. */
	get(key: string, id: string, now: Date): JsonOut | undefined {
		const state = this.#use(key);
		const task = state.tasks.get(id);
		if (!task) return undefined;
		if (isDue(task)) {
			this.#complete(state, task, now.toISOString());
			this.#changed(key, state);
		}
		return taskJson(task);
	}

	/** Every callback test mode has "sent" for `key`, oldest first; a task dropped by the limits takes its callback along. */
	callbacks(key: string): CallbackDelivery[] {
		const state = this.#use(key);
		return [...state.completed].map((id) => delivery(state.tasks.get(id)!));
	}

	/** Back to the start: the seed tasks for the documented key, nothing for any other. */
	reset(key: string): void {
		const state = this.#keys.get(key);
		if (state) this.#bytes -= state.bytes;
		this.#keys.delete(key);
		this.#unsaved.delete(key);
		this.#persistence?.remove(key);
	}
}
