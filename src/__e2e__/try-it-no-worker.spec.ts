import { expect, panelRequests, test } from './fixtures.ts';

test.use({ serviceWorkers: 'block' });

test('where a service worker cannot start, the panel says why and sends nothing', async ({ page, baseURL }) => {
	const apiRequests = panelRequests(page, baseURL!);
	await page.goto('en/tasks/');
	const list = page.locator('try-it[data-operation="listTasks"]');
	await list.locator('summary').click();
	await list.locator('.try-it-send').click();
	await expect(list.locator('.try-it-status')).toHaveText(/^The sandbox could not start, so nothing was sent\. .+/);
	await expect(list.locator('.try-it-send')).toBeEnabled();
	expect(apiRequests).toEqual([]);
});

test('where a service worker cannot start, Send again gives the panel’s own explanation again, not the library’s', async ({ page }) => {
	await page.goto('en/tasks/');
	const list = page.locator('try-it[data-operation="listTasks"]');
	await list.locator('summary').click();
	const status = list.locator('.try-it-status');
	for (let attempt = 0; attempt < 3; attempt++) {
		await list.locator('.try-it-send').click();
		await expect(status).toHaveText(/^The sandbox could not start, so nothing was sent\. /);
		await expect(list.locator('.try-it-send')).toBeEnabled();
		await expect(status).not.toContainText(/already (started|replaced)/);
		await status.evaluate((node) => (node.textContent = ''));
	}
});
