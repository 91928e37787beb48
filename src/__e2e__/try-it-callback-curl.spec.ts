import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { CALLBACK_HEADERS } from '../contract/index.ts';
import { startReceiver } from '../sandbox/__tests__/callback-receiver.ts';
import { expect, test } from './fixtures.ts';

const run = promisify(execFile);

async function open(page: Page, operation: 'listTasks' | 'createTask'): Promise<Locator> {
	const root = page.locator(`try-it[data-operation="${operation}"]`);
	await root.locator('summary').first().click();
	return root;
}

async function send(root: Locator): Promise<unknown> {
	await root.locator('.try-it-send').click();
	await expect(root.locator('.try-it-send')).toBeEnabled();
	await expect(root.locator('.try-it-status')).not.toBeEmpty();
	return JSON.parse((await root.locator('.try-it-output .try-it-json').textContent()) ?? 'null');
}

test('a callback in the panel gives a curl command that POSTs its body, with its headers, to the reader’s URL', async ({ page }) => {
	const receiver = await startReceiver((res) => res.writeHead(204).end());
	try {
		await page.goto('en/tasks/');
		const create = await open(page, 'createTask');
		const created = (await send(create)) as { external_id: string };
		const list = await open(page, 'listTasks');
		const tasks = (await send(list)) as { external_id: string }[];
		const completed = tasks.find((task) => task.external_id === created.external_id);

		const callback = list.locator('.try-it-callback').filter({ hasText: created.external_id });
		await callback.getByText('Send it to your receiver with curl').click();
		const url = callback.getByLabel("Your receiver's URL");
		await url.fill('not a url');
		await expect(callback.getByRole('alert')).toHaveText('Enter an absolute URL that starts with http:// or https://.');
		await expect(callback.getByRole('button', { name: 'Copy' })).toBeDisabled();

		await url.fill(`${receiver.origin}/hook/it's`);
		await expect(callback.locator('.try-it-callback-curl-error')).toBeEmpty();
		const command = (await callback.locator('.try-it-callback-curl pre').textContent())!;
		await run('sh', ['-c', command]);
		const [received] = await receiver.arrived(1);
		expect(received!.path).toBe("/hook/it's");
		for (const [name, value] of Object.entries(CALLBACK_HEADERS)) expect(received!.headers[name.toLowerCase()]).toBe(value);
		expect(JSON.parse(received!.body)).toEqual(completed);

		// The list is drawn anew when another callback comes; what the reader typed stays.
		await send(create);
		await send(list);
		await expect(list.locator('.try-it-callback')).toHaveCount(2);
		await expect(callback.locator('input')).toHaveValue(`${receiver.origin}/hook/it's`);
	} finally {
		await receiver.close();
	}
});
