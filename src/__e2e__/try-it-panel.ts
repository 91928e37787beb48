import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export function panel(page: Page, operation: 'listTasks' | 'getTask' | 'createTask'): Locator {
	return page.locator(`try-it[data-operation="${operation}"]`);
}

/** Opens a panel as a reader does, by its summary, without waiting for it to be wired. */
export async function expand(page: Page, operation: 'listTasks' | 'getTask' | 'createTask') {
	const root = panel(page, operation);
	if (!(await root.locator('details.try-it').evaluate((node) => (node as HTMLDetailsElement).open))) await root.locator('summary').first().click();
	return root;
}

/** Opens a panel and waits until it is wired. */
export async function open(page: Page, operation: 'listTasks' | 'getTask' | 'createTask') {
	const root = await expand(page, operation);
	await expect(root).toHaveAttribute('data-ready', '');
	return root;
}

/** Presses Send and waits for the answer; the status line it leaves. */
export async function send(root: Locator) {
	await root.locator('.try-it-send').click();
	await expect(root.locator('.try-it-send')).toBeEnabled();
	await expect(root.locator('.try-it-status')).not.toBeEmpty();
	return root.locator('.try-it-status');
}

/** The JSON of the answer shown. */
export async function answer(root: Locator): Promise<unknown> {
	return JSON.parse((await root.locator('.try-it-output .try-it-json').textContent()) ?? 'null');
}

/** Session storage that refuses to store under names starting with `prefix`, as a full one does. */
export async function storageRefuses(page: Page, prefix: string) {
	await page.addInitScript((refused) => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (name: string, value: string) {
			if (name.startsWith(refused)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return setItem.call(this, name, value);
		};
	}, prefix);
}
