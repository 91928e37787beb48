import { expect, locales, slugs, test } from './fixtures.ts';

test('every page names its Markdown twin, which is served and starts with the page title', async ({ page, request }) => {
	for (const { prefix } of locales) {
		for (const slug of slugs) {
			await page.goto(prefix + slug);
			const href = await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href');
			expect(href, prefix + slug).toMatch(/index\.md$/);
			const twin = await request.get(new URL(href!, page.url()).href);
			expect(twin.status()).toBe(200);
			expect(await twin.text()).toMatch(new RegExp(`^# ${(await page.locator('h1').first().textContent())!.trim()}\\n`));
		}
	}
});

for (const { prefix, lang } of locales) {
	test(`/${prefix}: "Copy page as Markdown" is a button in the page's language, reached by keyboard, whose code loads on first use`, async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const scripts: Promise<string>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') scripts.push(response.text());
		});
		await page.goto(`${prefix}authentication/`);
		await page.waitForLoadState('networkidle');
		const loaded = scripts.length;

		const button = page.getByRole('button', { name: lang === 'en' ? 'Copy page as Markdown' : 'Markdown으로 페이지 복사' });
		await button.focus();
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('copy-markdown [role="status"]')).toHaveText(lang === 'en' ? 'Copied as Markdown' : 'Markdown으로 복사했습니다');
		// The button's own code came with the click: a script the page had not loaded, that writes to the clipboard.
		expect((await Promise.all(scripts.slice(loaded))).some((text) => text.includes('clipboard.writeText'))).toBe(true);
		const twin = await (await page.request.get(new URL('index.md', page.url()).href)).text();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(twin);
	});
}
