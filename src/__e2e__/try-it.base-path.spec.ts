import { TEST_KEY } from '../contract/index.ts';
import { expect, panelRequests, test } from './fixtures.ts';

test('under a base path the worker registers with that scope, and answers at the sandbox’s address under it', async ({ page, baseURL }) => {
	const sent = panelRequests(page, baseURL!);
	await page.goto('en/tasks/');
	const list = page.locator('try-it[data-operation="listTasks"]');
	await list.locator('summary').click();
	await list.locator('.try-it-send').click();
	await expect(list.locator('.try-it-status')).toHaveText(/^200 OK/);
	const scopes = await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.map((r) => r.scope)));
	expect(scopes).toEqual([baseURL]);
	expect(sent).toEqual([`${baseURL}sandbox/v1/tasks?api_key=${TEST_KEY}`]);
});
