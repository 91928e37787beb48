import { expect, test } from './fixtures.ts';

test('under a base path, pages, links, assets and the OpenAPI document all resolve', async ({ page, request, baseURL }) => {
	const response = await page.goto('en/tasks/');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { name: 'Create a Task' })).toBeVisible();
	for (const link of await page.locator('a[href^="/"]').all()) {
		expect(await link.getAttribute('href')).toMatch(/^\/docs\//);
	}
	const openapi = await request.get(`${baseURL}openapi.json`);
	expect(openapi.ok()).toBe(true);
	await page.goto('#get-all-tasks');
	await expect(page).toHaveURL(`${baseURL}tasks/#get-all-tasks`);
});
