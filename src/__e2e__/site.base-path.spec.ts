import { endpointById } from '../contract/index.ts';
import { expect, test } from './fixtures.ts';

test('under a base path, pages, links, assets and the OpenAPI document all resolve', async ({ page, request, baseURL }) => {
	const response = await page.goto('en/tasks/');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('heading', { name: endpointById('createTask').title.en })).toBeVisible();
	for (const link of await page.locator('a[href^="/"]').all()) {
		expect(await link.getAttribute('href')).toMatch(/^\/docs\//);
	}
	const openapi = await request.get(`${baseURL}openapi.json`);
	expect(openapi.ok()).toBe(true);
	await page.goto('#get-all-tasks');
	await expect(page).toHaveURL(`${baseURL}tasks/#get-all-tasks`);
});

test('under a base path, search loads when reached for and leads to a page', async ({ page, baseURL }) => {
	await page.goto('en/');
	await page.getByRole('button', { name: 'Search Ctrl K', exact: true }).click();
	await page.locator('.pagefind-ui__search-input').fill('callback');
	await page.locator('.pagefind-ui__result-link').first().click();
	await expect(page).toHaveURL(`${baseURL}en/callbacks/`);
});
