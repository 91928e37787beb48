import AxeBuilder from '@axe-core/playwright';
import { expect, locales, setTheme, slugs, test } from './fixtures.ts';

for (const theme of ['light', 'dark'] as const) {
	for (const { prefix } of locales) {
		for (const slug of slugs) {
			test(`axe finds nothing on /${prefix}${slug} (${theme})`, async ({ page }) => {
				await setTheme(page, theme);
				await page.goto(prefix + slug);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				// label-content-name-mismatch is experimental in axe, so it is asked for by name.
				const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
			});
		}
	}
}
