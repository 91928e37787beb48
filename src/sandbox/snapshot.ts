import { taskSchema, z, type Task } from '../contract/index.ts';

/**
 * One key's state as text, for storage that outlives the page (sessionStorage): its tasks newest
 * first, as the list answers them, and the ids of the tasks test mode completed, in that order.
 * A completed task's callback is that task, sent when it completed: nothing else is needed.
 */
export interface KeySnapshot {
	tasks: Task[];
	callbacks: string[];
}

/** `tasks` is the JSON array of the key's tasks, as the list answers it. */
export function snapshotText(tasks: string, callbacks: readonly string[]): string {
	return `{"tasks":${tasks},"callbacks":${JSON.stringify(callbacks)}}`;
}

const snapshotSchema = z.strictObject({ tasks: z.array(taskSchema), callbacks: z.array(z.string()) });

/**
 * The state `text` holds, or undefined for anything this code did not write (corrupt, from an
 * older version, from another app): a fresh start. The tasks are those parsed from the text, not
 * the schema's copies, so that their metadata stays exactly as it was sent.
 */
export function readSnapshot(text: string): KeySnapshot | undefined {
	try {
		const json: unknown = JSON.parse(text);
		return snapshotSchema.safeParse(json).success ? (json as KeySnapshot) : undefined;
	} catch {
		return undefined;
	}
}
