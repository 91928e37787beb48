import { testModeCategory, type Task } from '../contract/index.ts';

/**
 * A task as the store keeps it: the JSON text of what the client sent, as validated, and beside it
 * the few fields the sandbox itself sets. Test mode completes a task by setting `completedAt`; the
 * text is never parsed again, and whatever shape the metadata has, the task costs its bytes.
 */
export interface StoredTask {
	readonly id: string;
	readonly taskType: Task['task_type'];
	/** `"instruction":…,"params":…,"callback_url":…,"metadata":…`: the members of the task's JSON the client set. */
	readonly sent: string;
	readonly callbackUrl: string;
	readonly createdAt: string;
	/** The category of `response` once completed: test mode's pick, known from creation. */
	readonly category: string;
	completedAt: string | null;
	/** The bytes of its JSON text once completed (its largest), and of the comma between tasks of a list. */
	readonly bytes: number;
}

type TaskFields = Omit<Task, 'status' | 'response' | 'created_at' | 'completed_at'> & { created_at: string; completed_at: string | null; response?: Task['response'] };

const encoder = new TextEncoder();
let scratch = new Uint8Array(64 * 1024);

/** UTF-8 bytes of `text`, without keeping an encoded copy. */
export function utf8Bytes(text: string): number {
	// Three bytes per UTF-16 unit at most.
	if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
	return encoder.encodeInto(text, scratch).written;
}

// Everything a completed task's JSON holds besides what the client sent and its category; all ASCII.
const FRAME_BYTES = taskJson({ id: crypto.randomUUID(), taskType: 'categorization', sent: '', callbackUrl: '', createdAt: new Date(0).toISOString(), category: '', completedAt: new Date(0).toISOString(), bytes: 0 }).length + 1;

/**
 * `task` as kept, from its fields. `metadata` is written as it is (a `__proto__` key of it
 * included, which JSON.stringify writes as any other own key).
 */
export function storedTask(task: TaskFields): StoredTask {
	const { instruction, params, callback_url, metadata } = task;
	const sent = JSON.stringify({ instruction, params, callback_url, metadata }).slice(1, -1);
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
		bytes: FRAME_BYTES + utf8Bytes(sent) + utf8Bytes(JSON.stringify(category)) - 2,
	};
}

/** The task's JSON as every endpoint answers it, in the contract's order of fields. */
export function taskJson(task: StoredTask): string {
	const done = task.completedAt !== null;
	return (
		`{"external_id":${JSON.stringify(task.id)},"task_type":${JSON.stringify(task.taskType)},"status":${done ? '"completed"' : '"pending"'},${task.sent},` +
		`"response":${done ? `{"category":${JSON.stringify(task.category)}}` : '{}'},"created_at":${JSON.stringify(task.createdAt)},"completed_at":${done ? JSON.stringify(task.completedAt) : 'null'}}`
	);
}
