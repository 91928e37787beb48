import type { Task } from './task.ts';

/**
 * Test mode labels a task by itself, the same way every time: the first 8 hex digits of the
 * task's id, read as a number, pick a category by remainder. Readers can check it by hand.
 */
export function testModeCategory(task: Pick<Task, 'external_id' | 'params'>): string {
	const categories = task.params.categories;
	const index = Number.parseInt(task.external_id.slice(0, 8), 16) % categories.length;
	return categories[index]!;
}

/** The task as it stands once test mode has labeled it at `now`. */
export function completeInTestMode(task: Task, now: Date): Task {
	if (task.status === 'completed') return task;
	return { ...task, status: 'completed', response: { category: testModeCategory(task) }, completed_at: now.toISOString() };
}
