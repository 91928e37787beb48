import { expect, locales, slugs, test } from './fixtures.ts';

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

test('at 375px no page scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	for (const { prefix } of locales) {
		for (const slug of slugs) {
			await page.goto(prefix + slug);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, prefix + slug).toBeLessThanOrEqual(0);
		}
	}
});

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
