import type { Page } from '@playwright/test';
import { endpoints, errorStatuses, errorTypes } from '../contract/index.ts';
import { endpointsPage, errorAnchor, errorsPage, pagePath } from '../site/pages.ts';
import { expect, locales, slugs, test } from './fixtures.ts';

const widths = [
	{ name: 'wide', width: 1280, height: 900 },
	{ name: 'narrow', width: 375, height: 800 },
] as const;

/** The sidebar's links; on a narrow screen they sit in the menu, which is opened first. */
async function sidebar(page: Page) {
	const menu = page.locator('.sl-menu-button');
	if (await menu.isVisible()) await menu.click();
	const nav = page.locator('#starlight__sidebar');
	await expect(nav).toBeVisible();
	return nav;
}

for (const { prefix, lang } of locales) {
	test(`/${prefix}: every endpoint and every error is one click away in the sidebar, in the contract's order`, async ({ page, baseURL }) => {
		for (const slug of slugs) {
			await page.goto(prefix + slug);
			const nav = await sidebar(page);
			const sections = nav.locator('a[data-section]');
			await expect(sections).toHaveCount(endpoints.length + errorStatuses.length);
			for (const [index, endpoint] of endpoints.entries()) {
				const link = sections.nth(index);
				await expect(link).toHaveAttribute('href', `/${new URL(baseURL!).pathname.slice(1)}${prefix}${pagePath(endpointsPage)}#${endpoint.anchor}`);
				await expect(link.locator('.sl-badge')).toHaveText(endpoint.method);
				await expect(link).toContainText(endpoint.title[lang]);
			}
			for (const [index, status] of errorStatuses.entries()) {
				const link = sections.nth(endpoints.length + index);
				await expect(link.locator('.sl-badge')).toHaveText(String(status));
				await expect(link).toContainText(errorTypes[status]);
			}
		}
	});
}

for (const { name, width, height } of widths) {
	for (const { prefix, lang } of locales) {
		test(`${name}, /${prefix}: a sidebar entry leads to its section, and the section in view is marked while scrolling`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			await page.goto(`${prefix}callbacks/`);
			const last = endpoints.at(-1)!;
			await (await sidebar(page)).locator(`a[data-section="${last.anchor}"]`).click();
			await expect(page).toHaveURL(new RegExp(`${pagePath(endpointsPage)}#${last.anchor}$`));
			await expect(page.getByRole('heading', { level: 2, name: last.title[lang] })).toBeInViewport();
			await expect(page.locator(`a[data-section="${last.anchor}"]`)).toHaveAttribute('aria-current', 'true');

			// Scrolling back up to the first endpoint moves the mark to it, and only it.
			const first = endpoints[0]!;
			await page.locator(`[id="${first.anchor}"]`).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
			await expect(page.locator(`a[data-section="${first.anchor}"]`)).toHaveAttribute('aria-current', 'true');
			await expect(page.locator('a[data-section][aria-current]')).toHaveCount(1);
			await expect((await sidebar(page)).locator(`a[data-section="${first.anchor}"]`)).toBeVisible();
		});
	}

	test(`${name}: the last error, too near the end to be scrolled to the top, is marked when opened`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		const status = errorStatuses.at(-1)!;
		await page.goto(`en/${pagePath(errorsPage)}#${errorAnchor(status)}`);
		await expect(page.locator(`a[data-section="${errorAnchor(status)}"]`)).toHaveAttribute('aria-current', 'true');
	});
}

test('previous and next lead to pages, never to a section', async ({ page }) => {
	await page.goto(`en/${pagePath(endpointsPage)}`);
	await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', /\/en\/callbacks\/$/);
	await page.goto(`en/${pagePath(errorsPage)}`);
	await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', /\/en\/callbacks\/$/);
	await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', /\/en\/sandbox\/$/);
});
