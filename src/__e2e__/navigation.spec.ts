import type { Page } from '@playwright/test';
import { endpointById } from '../contract/index.ts';
import { LANGUAGE_PICKER_ELEMENT } from '../upstream/starlight.ts';
import { expect, locales, slugs, test } from './fixtures.ts';

for (const [anchor, path] of [
	['introduction', '#introduction'],
	['authentication', 'authentication/'],
	['tasks', 'tasks/'],
	['errors', 'errors/'],
	['get-all-tasks', 'tasks/#get-all-tasks'],
	['get-a-specific-task', 'tasks/#get-a-specific-task'],
] as const) {
	test(`Slate's /#${anchor} lands on its section`, async ({ page, baseURL }) => {
		await page.goto(`#${anchor}`);
		await expect(page).toHaveURL(`${baseURL}${path}`);
		if (path.startsWith('tasks/#')) await expect(page.locator(`#${anchor}`)).toBeInViewport();
	});
}

test('the English root keeps the old anchors too, and the language query on the way', async ({ page, baseURL }) => {
	await page.goto('en/?python#get-a-specific-task');
	await expect(page).toHaveURL(`${baseURL}en/tasks/?python#get-a-specific-task`);
	await expect(page.getByRole('heading', { name: endpointById('getTask').title.en })).toBeInViewport();
});

/** Chooses a language in the picker once its script has defined it, as a reader's choice after the page is interactive. */
async function pickLanguage(page: Page, label: string) {
	await page.waitForFunction((name) => customElements.get(name) !== undefined, LANGUAGE_PICKER_ELEMENT);
	await page.getByRole('combobox', { name: /언어|language/i }).first().selectOption({ label });
}

test('Korean is the root, English is under /en/, and the picker moves between the same page', async ({ page, baseURL }) => {
	await page.goto('errors/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('오류');
	await pickLanguage(page, 'English');
	await expect(page).toHaveURL(`${baseURL}en/errors/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Errors');
	await pickLanguage(page, '한국어');
	await expect(page).toHaveURL(`${baseURL}errors/`);
});

test('every page exists in both languages', async ({ page }) => {
	for (const { prefix, lang } of locales) {
		for (const slug of slugs) {
			const response = await page.goto(prefix + slug);
			expect(response?.status(), prefix + slug).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		}
	}
});

test('the OpenAPI document is linked and served', async ({ page, request }) => {
	await page.goto('en/');
	const link = page.getByRole('link', { name: /OpenAPI 3\.1/ });
	const href = await link.getAttribute('href');
	const response = await request.get(new URL(href!, page.url()).href);
	expect(response.ok()).toBe(true);
	expect((await response.json()).openapi).toBe('3.1.0');
});
