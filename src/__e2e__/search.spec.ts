import { expect, test } from './fixtures.ts';

for (const [start, word, expected] of [
	['', '콜백', /\/callbacks\//],
	['en/', 'callback', /\/en\/callbacks\//],
	['', '인증', /\/authentication\//],
	['en/', 'authentication', /\/en\/authentication\//],
] as const) {
	test(`searching ${word} leads to ${expected.source}`, async ({ page }) => {
		await page.goto(start);
		await page.getByRole('button', { name: /검색|Search/ }).click();
		const input = page.locator('.pagefind-ui__search-input');
		await input.fill(word);
		const first = page.locator('.pagefind-ui__result-link').first();
		await expect(first).toBeVisible();
		await first.click();
		await expect(page).toHaveURL(expected);
	});
}

test('search opens with Ctrl+K', async ({ page }) => {
	await page.goto('en/');
	await expect(page.getByRole('button', { name: 'Search' })).toBeEnabled();
	await page.keyboard.press('Control+k');
	await expect(page.locator('.pagefind-ui__search-input')).toBeFocused();
});
