import { testModeCategory, type Task } from '../contract/index.ts';

/** JSON as UTF-8 bytes, as it goes out. */
export type JsonBytes = Uint8Array<ArrayBuffer>;

/**
 * A task as the store keeps it: the JSON of what the client sent, as validated, in UTF-8 bytes, and
 * beside it the few fields the sandbox itself sets. Test mode completes a task by setting
 * `completedAt`; the JSON is never parsed again. Whatever shape the metadata has, the task costs
 * its bytes, outside the JavaScript heap: the garbage collector never walks or moves them.
 */
export interface StoredTask {
	readonly id: string;
	readonly taskType: Task['task_type'];
	/** `"instruction":…,"params":…,"callback_url":…,"metadata":…`: the members of the task's JSON the client set. */
	readonly sent: JsonBytes;
	readonly callbackUrl: string;
	readonly createdAt: string;
	/** The category of `response` once completed: test mode's pick, known from creation. */
	readonly category: string;
	completedAt: string | null;
	/** The bytes of its JSON once completed (its largest), and of the comma between tasks of a list. */
	readonly bytes: number;
}

type TaskFields = Omit<Task, 'status' | 'response' | 'created_at' | 'completed_at'> & { created_at: string; completed_at: string | null; response?: Task['response'] };

const encoder = new TextEncoder();

/** The task's JSON around what the client sent, in the contract's order of fields. */
function frame(task: Omit<StoredTask, 'sent' | 'bytes'>): [before: string, after: string] {
	const done = task.completedAt !== null;
	return [
		`{"external_id":${JSON.stringify(task.id)},"task_type":${JSON.stringify(task.taskType)},"status":${done ? '"completed"' : '"pending"'},`,
		`,"response":${done ? `{"category":${JSON.stringify(task.category)}}` : '{}'},"created_at":${JSON.stringify(task.createdAt)},"completed_at":${done ? JSON.stringify(task.completedAt) : 'null'}}`,
	];
}

// A completed task's frame with an empty category, and a comma: all ASCII, one byte a character.
const FRAME_BYTES =
	frame({ id: '00000000-0000-4000-8000-000000000000', taskType: 'categorization', callbackUrl: '', createdAt: new Date(0).toISOString(), category: '', completedAt: new Date(0).toISOString() }).join('').length + 1;

/**
 * `task` as kept, from its fields. `metadata` is written as it is (a `__proto__` key of it
 * included, which JSON.stringify writes as any other own key).
 */
export function storedTask(task: TaskFields): StoredTask {
	const { instruction, params, callback_url, metadata } = task;
	const sent = encoder.encode(JSON.stringify({ instruction, params, callback_url, metadata }).slice(1, -1));
	const category = task.response && 'category' in task.response ? task.response.category : testModeCategory({ external_id: task.external_id, params });
	return {
		id: task.external_id,
		taskType: task.task_type,
		sent,
		callbackUrl: callback_url,
		createdAt: task.created_at,
		category,
		completedAt: task.completed_at,
		// The frame already holds the category's quotes.
		bytes: FRAME_BYTES + sent.length + encoder.encode(JSON.stringify(category)).length - 2,
	};
}

/** Writes the task's JSON into `out` at `at`, which has room for `task.bytes`; returns the bytes written. */
function write(task: StoredTask, out: JsonBytes, at: number): number {
	const [before, after] = frame(task);
	let written = encoder.encodeInto(before, out.subarray(at)).written;
	out.set(task.sent, at + written);
	written += task.sent.length;
	return written + encoder.encodeInto(after, out.subarray(at + written)).written;
}

/** The task's JSON as every endpoint answers it. */
export function taskJson(task: StoredTask): JsonBytes {
	const out = new Uint8Array(task.bytes);
	return out.subarray(0, write(task, out, 0));
}

const COMMA = 0x2c;

/** The JSON array of `tasks`, in one buffer of at most their bytes: copied, never parsed or held as strings. */
export function tasksJson(tasks: readonly StoredTask[]): JsonBytes {
	const out = new Uint8Array(tasks.reduce((sum, task) => sum + task.bytes, 2));
	let at = 0;
	out[at++] = 0x5b;
	for (const [index, task] of tasks.entries()) {
		if (index) out[at++] = COMMA;
		at += write(task, out, at);
	}
	out[at++] = 0x5d;
	return out.subarray(0, at);
}
