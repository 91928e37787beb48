import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { koreanTextFault } from '../__support__/korean-text.ts';
import { localePrefixes, pagePath, pageSlugs } from '../pages.ts';

/*
 * The built pages of both locales (`npm run build` first), read as a reader gets them: the same
 * sections and anchors in Korean and English, and Korean pages that read as Korean.
 */
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const page = async (prefix: string, slug: (typeof pageSlugs)[number]) =>
	parse(await readFile(`${dist}${prefix}${pagePath(slug)}index.html`, 'utf8')).querySelector('main')!;

const BLOCKS = 'p, li, dt, dd, th, td, caption, figcaption, summary, label, small, h1, h2, h3, h4, h5, h6, [aria-label], [title]';

/** An element's text with its elements kept apart, as a screen shows them, not run together. */
const spaced = (node: Node): string => (node.nodeType === 3 ? node.text : node.childNodes.map(spaced).join(' '));

/** Every piece of text a reader meets, code and what is marked as another language left out. */
function texts(main: HTMLElement): string[] {
	for (const node of main.querySelectorAll('code, pre, kbd, script, style, [lang]:not([lang="ko"])')) node.remove();
	const blocks = main.querySelectorAll(BLOCKS);
	const leaves = blocks.filter((block) => !block.querySelector(BLOCKS)).map((block) => spaced(block).replace(/\s+/g, ' ').trim());
	const labels = blocks.flatMap((block) => [block.getAttribute('aria-label'), block.getAttribute('title')].filter((label): label is string => !!label));
	return [...leaves, ...labels].filter(Boolean);
}

describe.each(pageSlugs)('the %s page', (slug) => {
	it('has the same headings and the same ids in both locales', async () => {
		const [ko, en] = await Promise.all(localePrefixes.map(({ prefix }) => page(prefix, slug)));
		const outline = (main: HTMLElement) => main.querySelectorAll('h1, h2, h3, h4, h5, h6').map((heading) => heading.tagName);
		const ids = (main: HTMLElement) => main.querySelectorAll('[id]').map((element) => element.id).toSorted();
		expect(outline(en!)).toEqual(outline(ko!));
		expect(ids(en!)).toEqual(ids(ko!));
	});

	it('reads as Korean in Korean', async () => {
		const ko = await page('', slug);
		expect(texts(ko).flatMap((text) => koreanTextFault(text) ?? [])).toEqual([]);
	});
});
