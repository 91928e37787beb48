import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const selectedLabels = (page: Page) =>
	page.locator('.code-samples [role="tab"][aria-selected="true"]').allTextContents().then((labels) => labels.map((label) => label.trim()));

const visibleSample = (page: Page) => page.locator('.code-samples [role="tabpanel"]:not([hidden]) [data-sample]').first();

test('the four tabs, in order, on every endpoint', async ({ page }) => {
	await page.goto('tasks/');
	const sets = page.locator('.code-samples');
	await expect(sets).toHaveCount(3);
	for (const set of await sets.all()) {
		await expect(set.getByRole('tab')).toHaveText(['shell', 'ruby', 'python', 'javascript']);
	}
	await expect(visibleSample(page)).toHaveAttribute('data-sample', 'shell');
});

test('choosing a tab switches every sample on the page, on other pages, and after a reload', async ({ page }) => {
	await page.goto('tasks/');
	await page.locator('.code-samples').first().getByRole('tab', { name: 'python' }).click();
	expect(await selectedLabels(page)).toEqual(['python', 'python', 'python']);
	await expect(page.locator('[data-sample="python"][data-operation="createTask"]')).toBeVisible();
	await expect(page.locator('[data-sample="python"][data-operation="createTask"]')).toContainText('import requests');

	await page.reload();
	expect(await selectedLabels(page)).toEqual(['python', 'python', 'python']);

	await page.goto('en/authentication/');
	expect(await selectedLabels(page)).toEqual(['python']);
	await expect(visibleSample(page)).toContainText('requests.get(');
});

for (const [query, language] of [
	['?lang=ruby', 'ruby'],
	['?language=javascript', 'javascript'],
	['?python', 'python'],
	['?lang=cobol', 'shell'],
] as const) {
	test(`arriving with ${query} selects ${language}`, async ({ page }) => {
		await page.goto(`tasks/${query}`);
		expect(await selectedLabels(page)).toEqual([language, language, language]);
	});
}

test('a linked language is remembered for the next page', async ({ page }) => {
	await page.goto('en/tasks/?language=ruby');
	await page.goto('authentication/');
	expect(await selectedLabels(page)).toEqual(['ruby']);
});
