import { utf8Length, testModeCategory, type Task, type TaskCreateParsed } from '../contract/index.ts';

/** JSON as UTF-8 bytes, as it goes out. */
export type JsonBytes = Uint8Array<ArrayBuffer>;

/**
 * A task as the store keeps it: the JSON of what the client sent, as validated, in UTF-8 bytes, and
 * beside it the few fields the sandbox itself sets. Test mode completes a task with
 * `completeTask`; the JSON is never parsed again. Whatever shape the metadata has, the task costs
 * its bytes, outside the JavaScript heap: the garbage collector never walks or moves them. No
 * string of it is a part of the request's text, which would keep that text alive as long.
 */
export interface StoredTask {
	readonly id: string;
	readonly taskType: Task['task_type'];
	/** `"instruction":…,"params":…,"callback_url":…,"metadata":…`: the members of the task's JSON the client set. */
	readonly sent: JsonBytes;
	readonly createdAt: string;
	/** The JSON of the category of `response` once completed: test mode's pick, known from creation. */
	readonly categoryJson: string;
	completedAt: string | null;
	/** The bytes of its JSON once completed (its largest), and of the comma between tasks of a list. */
	readonly bytes: number;
	/** The bytes of its JSON as it stands, pending or completed. */
	length: number;
}

/** A create body as the sandbox keeps it: the contract's parsed fields, and the metadata as its JSON, the text JSON.stringify writes of it. */
export type SandboxBody = Omit<TaskCreateParsed, 'metadata'> & { metadataJson: string };

type TaskFields = Omit<Task, 'status' | 'response' | 'created_at' | 'completed_at' | 'metadata'> & { metadata?: Task['metadata']; created_at: string; completed_at: string | null; response?: Task['response'] };

const encoder = new TextEncoder();

/** The task's JSON around what the client sent, in the contract's order of fields. */
function frame(task: Omit<StoredTask, 'sent' | 'bytes' | 'length'>, completedAt = task.completedAt): [before: string, after: string] {
	const done = completedAt !== null;
	return [
		`{"external_id":${JSON.stringify(task.id)},"task_type":${JSON.stringify(task.taskType)},"status":${done ? '"completed"' : '"pending"'},`,
		`,"response":${done ? `{"category":${task.categoryJson}}` : '{}'},"created_at":${JSON.stringify(task.createdAt)},"completed_at":${done ? JSON.stringify(completedAt) : 'null'}}`,
	];
}

/** The bytes of the task's JSON as it stands. */
function jsonLength(task: Omit<StoredTask, 'bytes' | 'length'>): number {
	const [before, after] = frame(task);
	return utf8Length(before) + task.sent.length + utf8Length(after);
}

// A completed task's frame with an empty category, and a comma: all ASCII, one byte a character.
const FRAME_BYTES =
	frame({ id: '00000000-0000-4000-8000-000000000000', taskType: 'categorization', createdAt: new Date(0).toISOString(), categoryJson: '""', completedAt: new Date(0).toISOString() }).join('').length + 1;

/** Where the JSON of what a client sent is written before it is kept, at its exact size: grown as needed, never shrunk. */
let scratch = new Uint8Array(0);

/**
 * The members the client set, as UTF-8, from their values and the JSON of the metadata: each part
 * encoded where it is, never joined into one string first.
 */
export function sentJson({ instruction, params, callback_url }: Pick<Task, 'instruction' | 'params' | 'callback_url'>, metadataJson: string): JsonBytes {
	const parts = [JSON.stringify({ instruction, params, callback_url }), ',"metadata":', metadataJson];
	// At most three bytes of UTF-8 a UTF-16 unit.
	const most = 3 * parts.reduce((sum, part) => sum + part.length, 0);
	if (scratch.length < most) scratch = new Uint8Array(most);
	let end = 0;
	for (const [index, part] of parts.entries()) {
		end += encoder.encodeInto(part, scratch.subarray(end)).written;
		// The fields without their braces: written from the `{`, then the `}` is written over.
		if (index === 0) end--;
	}
	// A new buffer of the exact size, copied at once (slice() takes about twice as long).
	return new Uint8Array(scratch.subarray(1, end));
}

/**
 * `task` as kept, from its fields and `sent`, the JSON of the members the client set. Unless
 * given, `metadata` is written as it is (a `__proto__` key of it included, which JSON.stringify
 * writes as any other own key).
 */
export function storedTask(task: TaskFields, sent = sentJson(task, JSON.stringify(task.metadata))): StoredTask {
	const category = task.response && 'category' in task.response ? task.response.category : testModeCategory({ external_id: task.external_id, params: task.params });
	// Written anew, never a part of the text it was read from.
	const categoryJson = JSON.stringify(category);
	const stored: StoredTask = {
		id: task.external_id,
		taskType: task.task_type,
		sent,
		createdAt: task.created_at,
		categoryJson,
		completedAt: task.completed_at,
		// The frame already holds the category's quotes.
		bytes: FRAME_BYTES + sent.length + utf8Length(categoryJson) - 2,
		length: 0,
	};
	stored.length = jsonLength(stored);
	return stored;
}

/** Test mode labels `task` at `at`. */
export function completeTask(task: StoredTask, at: string): void {
	task.completedAt = at;
	task.length = jsonLength(task);
}

/**
 * JSON on its way out: its length in UTF-8 bytes, known before any is written, and the bytes
 * themselves in chunks, each new one from `allocate` (node's pooled Buffers, on the server).
 */
export interface JsonOut {
	readonly length: number;
	chunks(allocate?: (size: number) => Uint8Array): Iterable<Uint8Array>;
}

/** Chunks are filled up to this size, so that a long list is written in few calls. */
const CHUNK_BYTES = 64 * 1024;
/** What a client sent, when larger than this, goes out as the store keeps it instead of being copied into a chunk. */
const COPIED_BYTES = 4 * 1024;

const OPEN = new Uint8Array([0x5b]);
const COMMA = new Uint8Array([0x2c]);
const CLOSE = new Uint8Array([0x5d]);

/**
 * The JSON array of `tasks` as they stand: the frames and the small tasks copied into chunks of
 * at most CHUNK_BYTES, made only as they are asked for; what a client sent beyond COPIED_BYTES
 * handed out as kept, never copied, never parsed or held as strings.
 */
export function tasksJson(tasks: readonly StoredTask[]): JsonOut {
	let length = 2 + Math.max(tasks.length - 1, 0);
	let copied = length;
	for (const task of tasks) {
		length += task.length;
		copied += task.length - (task.sent.length > COPIED_BYTES ? task.sent.length : 0);
	}
	// As they stand now: a task completed while this answer waits for its reader is still written as it was.
	const completedAt = tasks.map((task) => task.completedAt);
	return {
		length,
		*chunks(allocate = (size: number) => new Uint8Array(size)) {
			let chunk: Uint8Array = new Uint8Array(0);
			let at = 0;
			let left = copied;
			// Room for `need` bytes in the chunk being filled, handing out the filled part first.
			function* room(need: number): Generator<Uint8Array> {
				if (chunk.length - at >= need) return;
				if (at) yield chunk.subarray(0, at);
				chunk = allocate(Math.max(need, Math.min(CHUNK_BYTES, left)));
				at = 0;
			}
			function* copy(bytes: Uint8Array): Generator<Uint8Array> {
				yield* room(bytes.length);
				chunk.set(bytes, at);
				at += bytes.length;
				left -= bytes.length;
			}
			function* text(value: string): Generator<Uint8Array> {
				// At most three bytes of UTF-8 a UTF-16 unit.
				yield* room(value.length * 3);
				const { written } = encoder.encodeInto(value, chunk.subarray(at));
				at += written;
				left -= written;
			}
			yield* copy(OPEN);
			for (const [index, task] of tasks.entries()) {
				if (index) yield* copy(COMMA);
				const [before, after] = frame(task, completedAt[index]);
				yield* text(before);
				if (task.sent.length > COPIED_BYTES) {
					if (at) yield chunk.subarray(0, at);
					chunk = chunk.subarray(at);
					at = 0;
					yield task.sent;
				} else yield* copy(task.sent);
				yield* text(after);
			}
			yield* copy(CLOSE);
			if (at) yield chunk.subarray(0, at);
		},
	};
}

/**
 * The task's JSON as every endpoint answers it, as it stands now: one chunk, or for a large task
 * its frame around the bytes kept. Made at once, without the machinery a list needs.
 */
export function taskJson(task: StoredTask): JsonOut {
	const [before, after] = frame(task);
	const { length, sent } = task;
	return {
		length,
		chunks(allocate = (size: number) => new Uint8Array(size)) {
			const large = sent.length > COPIED_BYTES;
			const out = allocate(large ? length - sent.length : length);
			const head = encoder.encodeInto(before, out).written;
			const tail = large ? head : head + sent.length;
			if (!large) out.set(sent, head);
			encoder.encodeInto(after, out.subarray(tail));
			return large ? [out.subarray(0, head), sent, out.subarray(head)] : [out];
		},
	};
}

/** All of `json` in one buffer. */
export function jsonBytes(json: JsonOut): JsonBytes {
	const out = new Uint8Array(json.length);
	let at = 0;
	for (const chunk of json.chunks()) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}
