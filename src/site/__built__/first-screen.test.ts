import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { firstScreenEnd } from '../first-screen.ts';
import { localePrefixes, pagePath, pageSlugs } from '../pages.ts';

/*
 * The built pages (`npm run build` first): a page that opens with an object beside its example asks
 * for the code's stylesheet in its head, the very one its first code block links, and holds its
 * first paint for the element right after its first example; no other page does either.
 */
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

describe.each(localePrefixes.flatMap(({ prefix }) => pageSlugs.map((slug) => [`/${prefix}${pagePath(slug)}`, slug] as const)))('the %s page', (path, slug) => {
	it('asks early for the code stylesheet and waits for its first screen where it opens with an example, and only there', async () => {
		const root = parse(await readFile(`${dist}${path.slice(1)}index.html`, 'utf8'));
		const preload = root.querySelector('head link[rel="preload"][as="style"]');
		const expectLink = root.querySelector('head link[rel="expect"]');
		const end = firstScreenEnd(slug);
		if (!end) {
			expect(preload).toBeNull();
			expect(expectLink).toBeNull();
			return;
		}
		const ecLink = root.querySelector('body .expressive-code link[rel="stylesheet"]');
		expect(preload?.getAttribute('href')).toBe(ecLink?.getAttribute('href'));
		expect(expectLink?.getAttribute('href')).toBe(`#${end}`);
		expect(expectLink?.getAttribute('blocking')).toBe('render');
		// Right after the page's first example: the hold ends once the example is whole, and no later.
		const after = root.getElementById(end);
		expect(after?.hasAttribute('hidden')).toBe(true);
		expect(after?.previousElementSibling).toBe(root.querySelector('.pane-examples'));
	});
});
