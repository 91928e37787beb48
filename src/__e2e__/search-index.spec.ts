import { expect, test } from './fixtures.ts';

/*
 * What Pagefind indexed, read through its own API: the anchor links' labels for screen readers
 * ("Section titled …", "섹션 제목: …") are marked data-pagefind-ignore and must never be found.
 */
for (const [start, words, label] of [
	['en/', 'section', /Section titled|Link to this section/],
	['', '섹션', /섹션 제목:|이 섹션으로 바로가기/],
] as const) {
	test(`the search index of /${start} holds no anchor-link label`, async ({ page }) => {
		await page.goto(`${start}tasks/`);
		const contents = await page.evaluate(async (query) => {
			const bundle = new URL('pagefind/pagefind.js', document.baseURI.replace(/(en\/)?tasks\/$/, '')).href;
			const pagefind = await import(bundle);
			const found = await pagefind.search(query);
			const pages = await Promise.all(found.results.map((result: { data: () => Promise<{ content: string }> }) => result.data()));
			const everything = await pagefind.search(null, { filters: {} });
			return { hits: pages.map((data) => data.content), total: everything.results.length };
		}, words);
		for (const content of contents.hits) expect(content).not.toMatch(label);
		expect(contents.hits.length + contents.total).toBeGreaterThan(0);
	});
}
