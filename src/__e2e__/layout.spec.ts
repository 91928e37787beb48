import { expect, locales, slugs, test } from './fixtures.ts';
import { expand, send } from './try-it-panel.ts';

test('at 1280px, text and tables sit left of the samples and example response', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('en/tasks/');
	for (const operation of ['listTasks', 'getTask', 'createTask']) {
		const endpoint = page.locator(`.endpoint[data-operation="${operation}"]`);
		const text = await endpoint.locator('.pane-text').boundingBox();
		const examples = await endpoint.locator('.pane-examples').boundingBox();
		expect(text && examples, operation).toBeTruthy();
		expect(examples!.x, operation).toBeGreaterThanOrEqual(text!.x + text!.width);
		expect(examples!.y, operation).toBeLessThan(text!.y + text!.height);
		await expect(endpoint.locator('.pane-examples .code-samples')).toBeVisible();
		await expect(endpoint.locator('.pane-examples .json-example')).toBeVisible();
	}
});

test('narrower, the samples stack under the text', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 900 });
	await page.goto('en/tasks/');
	const endpoint = page.locator('.endpoint[data-operation="createTask"]');
	const text = await endpoint.locator('.pane-text').boundingBox();
	const examples = await endpoint.locator('.pane-examples').boundingBox();
	expect(examples!.y).toBeGreaterThanOrEqual(text!.y + text!.height);
});

// The one check of sideways scrolling: every page at a phone's width and a desktop's, and a page
// with its widest content, an answered Try it panel, open.
for (const width of [375, 1440]) {
	test(`at ${width}px no page scrolls sideways, nor one with an answered panel open`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		for (const { prefix } of locales) {
			for (const slug of slugs) {
				await page.goto(prefix + slug);
				expect(await overflow(), prefix + slug).toBeLessThanOrEqual(0);
			}
		}
		await page.goto('tasks/');
		await send(await expand(page, 'createTask'));
		expect(await overflow(), 'tasks/ with an answer').toBeLessThanOrEqual(0);
	});
}

test('field tables come from the contract, in the page language', async ({ page }) => {
	await page.goto('tasks/');
	const create = page.locator('.endpoint[data-operation="createTask"]');
	for (const field of ['task_type', 'instruction', 'params', 'params.attachment_type', 'params.attachment', 'params.categories', 'callback_url', 'metadata']) {
		await expect(create.locator(`tr[data-field="${field}"]`)).toHaveCount(1);
	}
	await expect(create.locator('tr[data-field="params.categories"]')).toContainText('서로 다른 카테고리');
	await page.goto('en/tasks/');
	await expect(page.locator('.endpoint[data-operation="createTask"] tr[data-field="params.categories"]')).toContainText('2 to 50 distinct');
});
