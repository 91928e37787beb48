import { pageSlugs } from '../site/pages.ts';
import { expect, test } from './fixtures.ts';

/*
 * What Pagefind indexed, read through its own API: the anchor links' labels for screen readers
 * ("Section titled …", "섹션 제목: …") are marked data-pagefind-ignore and must never be found.
 */
for (const [start, label] of [
	['en/', /Section titled|Link to this section/],
	['', /섹션 제목:|이 섹션으로 바로가기/],
] as const) {
	test(`the search index of /${start} holds no anchor-link label`, async ({ page }) => {
		await page.goto(`${start}tasks/`);
		// The labels are on the page, for screen readers...
		expect(await page.locator('main').evaluate((main) => main.textContent)).toMatch(label);
		// ...and in no page of the index: every page of this language, read whole.
		const contents = await page.evaluate(async () => {
			const bundle = new URL('pagefind/pagefind.js', document.baseURI.replace(/(en\/)?tasks\/$/, '')).href;
			const pagefind = await import(bundle);
			const everything = await pagefind.search(null, { filters: {} });
			const pages = await Promise.all(everything.results.map((result: { data: () => Promise<{ content: string }> }) => result.data()));
			return pages.map((data) => data.content);
		});
		expect(contents.length).toBeGreaterThanOrEqual(pageSlugs.length);
		for (const content of contents) expect(content).not.toMatch(label);
	});
}
