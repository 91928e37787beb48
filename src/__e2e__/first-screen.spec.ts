import { firstScreenEnd } from '../site/first-screen.ts';
import { bufferedPaints } from '../site/paint-entries.ts';
import { pagePath, pageSlugs } from '../site/pages.ts';
import { expect, locales, test } from './fixtures.ts';

/*
 * A page that opens with an object beside its example shows its first screen in one paint where the
 * panes stand side by side: the example is not painted after the text beside it. On a slow phone-like
 * CPU the parser takes long enough over the page for a paint to fall between the text and the example,
 * so the CPU is slowed sixfold here, as DevTools does it; what is checked is which paint each part is in.
 */
const opening = pageSlugs.filter((slug) => firstScreenEnd(slug));

for (const { prefix } of locales) {
	for (const slug of opening) {
		test(`${prefix}${pagePath(slug)} paints the text and its example at once`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
			await page.goto(prefix + pagePath(slug));
			// The largest paint is final once the page is quiet; two frames make sure it is recorded.
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			const paints = await page.evaluate(bufferedPaints, '.two-pane:first-of-type .pane-examples');
			expect(paints.lcpWithin, 'the largest element of the first screen is in the example').toBe(true);
			expect(paints.fcp).not.toBeNull();
			expect(paints.lcp, 'the example is painted in the first paint').toBe(paints.fcp);
		});
	}
}
