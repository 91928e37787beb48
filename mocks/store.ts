import { TEST_KEY, completeInTestMode, seedTasks, type Task, type TaskCreateParsed } from '../src/contract/index.ts';

/** The part of the Web Storage API the sandbox needs; sessionStorage in a browser. */
export type SandboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface CallbackDelivery {
	url: string;
	body: Task;
	at: string;
}

interface KeyState {
	tasks: Task[];
	/** Ids of the tasks the reader created: only these complete; the seed tasks stay pending. */
	created: string[];
	callbacks: CallbackDelivery[];
}

const PREFIX = 'workersai-sandbox:';

export function memoryStorage(): SandboxStorage {
	const items = new Map<string, string>();
	return {
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
	};
}

function startOf(key: string): KeyState {
	return { tasks: key === TEST_KEY ? structuredClone(seedTasks) : [], created: [], callbacks: [] };
}

function isKeyState(value: unknown): value is KeyState {
	const state = value as KeyState;
	return !!state && Array.isArray(state.tasks) && Array.isArray(state.created) && Array.isArray(state.callbacks);
}

/** Each API key's tasks, as CONTRACT.md's test mode runs them. */
export class SandboxStore {
	private readonly storage: SandboxStorage;

	constructor(storage: SandboxStorage = memoryStorage()) {
		this.storage = storage;
	}

	private load(key: string): KeyState {
		try {
			const parsed: unknown = JSON.parse(this.storage.getItem(PREFIX + key) ?? 'null');
			if (isKeyState(parsed)) return parsed;
		} catch {
			// Corrupt or foreign data is a fresh start, never a crash.
		}
		return startOf(key);
	}

	private save(key: string, state: KeyState): void {
		try {
			this.storage.setItem(PREFIX + key, JSON.stringify(state));
		} catch {
			// A full or blocked storage keeps the answer correct for this request; state just does not persist.
		}
	}

	/** A read completes every task the reader created that is still pending, and records its callback. */
	private read(key: string, now: Date): KeyState {
		const state = this.load(key);
		let changed = false;
		state.tasks = state.tasks.map((task) => {
			if (task.status !== 'pending' || !state.created.includes(task.external_id)) return task;
			const done = completeInTestMode(task, now);
			state.callbacks.push({ url: done.callback_url, body: done, at: now.toISOString() });
			changed = true;
			return done;
		});
		if (changed) this.save(key, state);
		return state;
	}

	create(key: string, body: TaskCreateParsed, now: Date): Task {
		const state = this.load(key);
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
		state.created.push(task.external_id);
		this.save(key, state);
		return task;
	}

	list(key: string, now: Date): Task[] {
		return this.read(key, now).tasks;
	}

	get(key: string, id: string, now: Date): Task | undefined {
		return this.read(key, now).tasks.find((task) => task.external_id === id);
	}

	callbacks(key: string): CallbackDelivery[] {
		return this.load(key).callbacks;
	}

	reset(key: string): void {
		this.storage.removeItem(PREFIX + key);
	}
}
