import type { Task } from './task.ts';

/** How many hex digits of a task's id test mode reads. */
export const TEST_MODE_HEX_DIGITS = 8;

/** The rule as one JavaScript expression, as the docs show it; a unit test runs it against `testModeCategory`. */
export const TEST_MODE_RULE_JS = `categories[parseInt(external_id.slice(0, ${TEST_MODE_HEX_DIGITS}), 16) % categories.length]`;

/**
 * Test mode labels a task by itself, the same way every time: the first hex digits of the task's
 * id, read as a number, pick a category by remainder. Readers can check it by hand.
 */
export function testModeCategory(task: Pick<Task, 'external_id' | 'params'>): string {
	const categories = task.params.categories;
	const index = Number.parseInt(task.external_id.slice(0, TEST_MODE_HEX_DIGITS), 16) % categories.length;
	return categories[index]!;
}

/** The task as it stands once test mode has labeled it at `now`. */
export function completeInTestMode(task: Task, now: Date): Task {
	if (task.status === 'completed') return task;
	return { ...task, status: 'completed', response: { category: testModeCategory(task) }, completed_at: now.toISOString() };
}
