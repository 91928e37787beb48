import { endpointById } from '../contract/index.ts';
import { objectSections } from '../reference/field-tables.ts';
import { exampleRequest, renderSample } from '../samples/index.ts';
import { endpointsPage, pagePath } from '../site/pages.ts';
import { expect, test } from './fixtures.ts';

const tasksPath = pagePath(endpointsPage);
const create = endpointById('createTask');

// The page leaves the code out of a copy button where the code is shown as the button copies it
// (src/site/ec-light-markup.ts): pressing the button still copies the code, exactly.
test('a code block copy button copies its code, in the first tab and in a tab shown later', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`en/${tasksPath}`);
	const example = page.locator('.json-example').first();
	const exampleButton = example.locator('.copy button');
	await expect(exampleButton).not.toHaveAttribute('data-code');
	await exampleButton.click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(JSON.stringify(objectSections.task.example, null, 2));

	const samples = page.locator('section.endpoint[data-operation="createTask"] .code-samples');
	await samples.getByRole('tab', { name: 'ruby' }).click();
	const ruby = samples.locator('[data-sample="ruby"]');
	await ruby.locator('.copy button').focus();
	await page.keyboard.press('Enter');
	// Expressive Code drops a block's final line break, from what it shows and from what it copies.
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(renderSample('ruby', exampleRequest(create)).trimEnd());
});
