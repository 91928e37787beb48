import { API_ORIGIN } from '../contract/index.ts';
import { expect, test } from './fixtures.ts';

test.use({ serviceWorkers: 'block' });

test('where a service worker cannot start, the panel says why and sends nothing', async ({ page }) => {
	const apiRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().startsWith(API_ORIGIN)) apiRequests.push(request.url());
	});
	await page.goto('en/tasks/');
	const list = page.locator('try-it[data-operation="listTasks"]');
	await list.locator('summary').click();
	await list.locator('.try-it-send').click();
	await expect(list.locator('.try-it-status')).toHaveText(/^The sandbox could not start, so nothing was sent\. .+/);
	await expect(list.locator('.try-it-send')).toBeEnabled();
	expect(apiRequests).toEqual([]);
});
