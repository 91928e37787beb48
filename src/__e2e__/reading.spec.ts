import type { Page } from '@playwright/test';
import { CALLBACK_HEADERS, CALLBACK_RETRY_DELAYS_SECONDS, formatDelay } from '../contract/index.ts';
import { endpointsPage, errorsPage, pagePath } from '../site/pages.ts';
import en from '../content/i18n/en.json' with { type: 'json' };
import ko from '../content/i18n/ko.json' with { type: 'json' };
import { expect, locales, slugs, test } from './fixtures.ts';

const strings = { en, ko };

const widths = [390, 1440] as const;

/**
 * Each character of each element matched, as the browser laid it out: where it stands, and whether
 * it opens the text after a `<br>`. Line feeds are kept, unmeasured; other white space is left out.
 */
async function laidOut(page: Page, selector: string) {
	return page.locator(selector).evaluateAll((elements) =>
		elements.map((element) => {
			const characters: { char: string; left: number; top: number; afterBr: boolean }[] = [];
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				const afterBr = node.previousSibling?.nodeName === 'BR';
				for (let index = 0; index < text.length; index++) {
					const char = text[index]!;
					if (char === '\n') characters.push({ char, left: 0, top: 0, afterBr: false });
					if (!char.trim()) continue;
					const range = document.createRange();
					range.setStart(node, index);
					range.setEnd(node, index + 1);
					const { left, top } = range.getBoundingClientRect();
					characters.push({ char, left, top, afterBr: afterBr && index === text.search(/\S/) });
				}
			}
			return { text: element.textContent ?? '', characters };
		}),
	);
}

/** Where the text of an element breaks onto a new line: for each break, the character just before it. */
async function lineBreaks(page: Page, selector: string) {
	return (await laidOut(page, selector)).flatMap(({ text, characters }) => {
		const found: { text: string; before: string; afterBr: boolean }[] = [];
		let last: (typeof characters)[number] | undefined;
		for (const character of characters) {
			if (character.char === '\n') continue;
			if (last && character.top > last.top + 4) found.push({ text, before: last.char, afterBr: character.afterBr });
			last = character;
		}
		return found;
	});
}

for (const width of widths) {
	for (const { prefix } of locales) {
		test(`${width}px, /${prefix}: identifiers in tables never break inside a word, and both columns keep a quarter of the width`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			for (const slug of [endpointsPage, errorsPage]) {
				await page.goto(`${prefix}${pagePath(slug)}`);
				// A name breaks only after a dot; its ↳ is never left alone on a line.
				for (const line of await lineBreaks(page, '.field-table .field-name code')) expect(line.before, line.text).toBe('.');
				for (const name of await page.locator('.field-table .nested code').all()) {
					const [first, box] = await name.evaluate((code) => {
						const range = document.createRange();
						range.setStart(code.firstChild!, 0);
						range.setEnd(code.firstChild!, 1);
						return [range.getBoundingClientRect().top, code.getBoundingClientRect().top];
					});
					expect(first - box, await name.textContent() ?? '').toBeLessThan(12);
				}
				// A type breaks only between the values of a union.
				for (const line of await lineBreaks(page, '.field-table .field-type')) expect(line.afterBr, line.text).toBe(true);
				for (const line of await lineBreaks(page, '.field-values code, .error-table td code')) expect(line, 'a value').toBeUndefined();
				for (const table of await page.locator('.field-table table:not(.error-table)').all()) {
					const total = (await table.boundingBox())!.width;
					for (const column of await table.locator('thead th').all()) expect((await column.boundingBox())!.width / total).toBeGreaterThanOrEqual(0.25);
				}
				// No table scrolls out of sight inside its own box (the page's own sideways scroll: layout.spec.ts).
				for (const table of await page.locator('.field-table').all()) {
					const [scrolled, shown] = await table.evaluate((box) => [box.scrollWidth, box.clientWidth]);
					expect(scrolled, (await table.locator('caption, thead').first().textContent()) ?? '').toBeLessThanOrEqual(shown);
				}
			}
		});
	}
}

/**
 * For each code block in view: where its lines start, and where the parts of wrapped lines go on,
 * as x positions of their first visible character.
 */
async function codeIndents(page: Page) {
	return (await laidOut(page, '.expressive-code pre > code:visible')).map(({ text, characters }) => {
		const starts: number[] = [];
		const continued: number[] = [];
		let lineStarted = false;
		let lastTop: number | undefined;
		for (const { char, left, top } of characters) {
			if (char === '\n') {
				lineStarted = false;
				continue;
			}
			if (!lineStarted) starts.push(left);
			else if (lastTop !== undefined && top > lastTop + 4) continued.push(left);
			lineStarted = true;
			lastTop = top;
		}
		return { code: text.slice(0, 40), starts, continued };
	});
}

for (const width of widths) {
	for (const { prefix } of locales) {
		test(`${width}px, /${prefix}: a wrapped code line goes on to the right of where every line of its block starts`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`${prefix}${pagePath(endpointsPage)}`);
			const blocks = await codeIndents(page);
			expect(blocks.length).toBeGreaterThan(0);
			for (const { code, starts, continued } of blocks) for (const left of continued) expect(left, code).toBeGreaterThan(Math.max(...starts));
			// A sample wraps on a phone, so the check above has something to check.
			if (width === 390) expect(blocks.some((block) => block.continued.length > 0)).toBe(true);
		});
	}
}

test('at 390px the four code tabs are all in view, in one row, and the copy button covers no code', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 900 });
	await page.goto(`en/${pagePath(endpointsPage)}`);
	const tops = new Set<number>();
	for (const tab of await page.locator('.code-samples').first().getByRole('tab').all()) {
		const box = (await tab.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		tops.add(Math.round(box.y));
	}
	expect(tops.size).toBe(1);
	const panel = page.locator('try-it').first();
	await panel.locator('summary').click();
	const sample = panel.locator('.try-it-sample:visible');
	const button = (await sample.locator('.try-it-copy').boundingBox())!;
	const firstLine = await sample.locator('code').evaluate((code) => {
		const range = document.createRange();
		range.selectNodeContents(code);
		return range.getClientRects()[0]!.toJSON() as DOMRect;
	});
	expect(firstLine.top).toBeGreaterThanOrEqual(button.y + button.height);
});

// Expressive Code translates its own labels; what the site sets is the copy button's confirmation.
for (const { prefix, lang } of locales) {
	test(`/${prefix}: the copy button confirms in the site's own words`, async ({ page }) => {
		const copied: string[] = [];
		for (const slug of slugs) {
			await page.goto(prefix + slug);
			copied.push(...(await page.locator('.expressive-code .copy button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-copied') ?? ''))));
		}
		expect(copied.length).toBeGreaterThan(0);
		for (const label of copied) expect(label).toBe(strings[lang]['expressiveCode.copyButtonCopied']);
	});
}

for (const { prefix } of locales) {
	test(`/${prefix}: the lifecycle diagram stacks on a narrow screen, in text no smaller than the page's`, async ({ page }) => {
		await page.goto(prefix);
		const figure = page.locator('figure.lifecycle');
		await expect(figure).toHaveAccessibleName(/.+/);
		for (const width of widths) {
			await page.setViewportSize({ width, height: 900 });
			const steps = figure.locator('.lifecycle-flow > li');
			const boxes = await Promise.all((await steps.all()).map((step) => step.boundingBox()));
			for (const [index, box] of boxes.entries()) if (index) expect(box!.y, `step ${index}`).toBeGreaterThan(boxes[index - 1]!.y + boxes[index - 1]!.height - 1);
			const lanes = await figure.locator('.lifecycle-lane').all();
			const [live, test] = await Promise.all(lanes.map((lane) => lane.boundingBox()));
			if (width === 390) expect(test!.y).toBeGreaterThan(live!.y + live!.height - 1);
			else expect(test!.y).toBeCloseTo(live!.y, 0);
			for (const size of await figure.locator('.lifecycle-step, .lifecycle-state').evaluateAll((items) => items.map((item) => parseFloat(getComputedStyle(item).fontSize)))) {
				expect(size).toBeGreaterThanOrEqual(14);
			}
		}
	});

	test(`/${prefix}: the callbacks page states the contract's delivery rules`, async ({ page }) => {
		const lang = prefix ? 'en' : 'ko';
		await page.goto(`${prefix}callbacks/`);
		const delivery = page.locator('.callback-delivery');
		for (const [name, value] of Object.entries(CALLBACK_HEADERS)) await expect(delivery).toContainText(`${name}: ${value}`);
		for (const seconds of CALLBACK_RETRY_DELAYS_SECONDS) await expect(delivery).toContainText(formatDelay(seconds, lang));
		// The count with the words the page's template puts around it, so no other figure can stand in for it.
		const [, before, after] = /(\S+ )\{\{count\}\}( ?\S+)/.exec(strings[lang]['callback.retriesValue'])!;
		await expect(delivery).toContainText(`${before}${CALLBACK_RETRY_DELAYS_SECONDS.length}${after}`);
		await expect(delivery).toContainText('external_id');
		// Each rule is a sentence, its identifiers code: the receiver is the one at `callback_url`.
		for (const detail of await delivery.locator('dd:not(:has(code + code))').allTextContents()) expect(detail.trim()).toMatch(/\.$/);
		await expect(delivery.locator('dd code', { hasText: /^external_id$/ })).toHaveCount(1);
		await expect(delivery.locator('dd code', { hasText: /^callback_url$/ })).toHaveCount(1);
	});
}

/**
 * Where a line breaks between two characters of one text node that belong together (two Hangul
 * syllables, or two characters of an identifier): each such break, with the text around it.
 */
async function breaksInside(page: Page, selector: string, kind: 'hangul' | 'identifier') {
	return page.locator(selector).evaluateAll(
		(elements, kind) => {
			const together = kind === 'hangul' ? (a: string, b: string) => /[\uac00-\ud7a3]/.test(a) && /[\uac00-\ud7a3]/.test(b) : (a: string, b: string) => /\S/.test(a) && /\S/.test(b) && !/[.\]]/.test(a);
			const found: string[] = [];
			for (const element of elements) {
				if (!element.getClientRects().length) continue;
				const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					const range = document.createRange();
					const top = (index: number) => {
						range.setStart(node!, index);
						range.setEnd(node!, index + 1);
						return range.getBoundingClientRect().top;
					};
					for (let index = 0; index + 1 < text.length; index++) {
						if (together(text[index]!, text[index + 1]!) && top(index + 1) > top(index) + 4) found.push(text.slice(Math.max(0, index - 8), index + 9));
					}
				}
			}
			return found;
		},
		kind,
	);
}

for (const width of widths) {
	test(`${width}px: Korean never breaks inside a word, in prose, tables or the Try it panel`, async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width, height: 900 });
		for (const slug of slugs) {
			await page.goto(slug);
			if (slug === pagePath(endpointsPage)) {
				const panel = page.locator('try-it').last();
				await panel.locator('summary').click();
				await expect(panel.locator('.try-it-intro')).toBeVisible();
			}
			expect(await breaksInside(page, 'main', 'hangul'), slug).toEqual([]);
		}
	});

	for (const { prefix } of locales) {
		test(`${width}px, /${prefix}: identifiers break only after a dot, and on a wide screen not at all; JSON examples keep their lines`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			for (const slug of [endpointsPage, errorsPage]) {
				await page.goto(`${prefix}${pagePath(slug)}`);
				expect(await breaksInside(page, '.field-table code, .response-list code', 'identifier'), slug).toEqual([]);
				if (width === 1440) expect(await lineBreaks(page, '.field-table .field-name code'), slug).toEqual([]);
				// A JSON line too long for a phone scrolls in its box instead of wrapping inside a value.
				const json = await laidOut(page, '.json-example pre > code');
				for (const { text, characters } of json) {
					const lines = characters.filter((character, index) => index && character.char !== '\n' && characters[index - 1]!.char !== '\n' && character.top > characters[index - 1]!.top + 4);
					expect(lines, text.slice(0, 40)).toEqual([]);
				}
			}
		});

		test(`${width}px, /${prefix}: the status table keeps its Retry column, each cell sized for what it says`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`${prefix}${pagePath(errorsPage)}`);
			for (const row of await page.locator('.error-table tbody tr').all()) {
				const retry = row.locator('td.retry');
				await expect(retry).toBeVisible();
				const box = (await retry.boundingBox())!;
				expect(box.x + box.width).toBeLessThanOrEqual(width);
				// A status, a type and a retry answer are never broken over two lines.
				for (const cell of [row.locator('th'), row.locator('td').nth(0), ...(width === 1440 ? [retry] : [])]) {
					const lines = await cell.evaluate((element) => {
						const range = document.createRange();
						range.selectNodeContents(element);
						const tops = [...range.getClientRects()].filter((rect) => rect.width).map((rect) => rect.top);
						// A chip's box stands a little above its text: lines are tops more than a few pixels apart.
						return tops.toSorted((a, b) => a - b).filter((top, index, sorted) => !index || top > sorted[index - 1]! + 8).length;
					});
					expect(lines, (await cell.textContent()) ?? '').toBe(1);
				}
			}
			// Where the table has room, status, type and retry take what they need and the rest goes to when.
			if (width === 1440) {
				const slack = await page.locator('.error-table').evaluate((table) =>
					[0, 1, 3].map((column) => {
						const cells = [...table.querySelectorAll('tr')].map((row) => row.children[column]!);
						const content = Math.max(
							...cells.map((cell) => {
								const range = document.createRange();
								range.selectNodeContents(cell);
								return range.getBoundingClientRect().width;
							}),
						);
						return cells[0]!.getBoundingClientRect().width - content;
					}),
				);
				for (const extra of slack) expect(extra).toBeLessThan(48);
			}
		});

		test(`${width}px, /${prefix}: no underline runs under an identifier's underscores`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(`${prefix}${pagePath(endpointsPage)}`);
			const underlined = await page.locator('main a code').evaluateAll((codes) =>
				codes
					.filter((code) => code.textContent?.includes('_'))
					.filter((code) => {
						for (let element: Element | null = code; element; element = element.parentElement) {
							if (getComputedStyle(element).textDecorationLine.includes('underline')) return true;
							if (element.tagName === 'A') break;
						}
						return false;
					})
					.map((code) => code.textContent),
			);
			expect(underlined).toEqual([]);
			expect(await page.locator('main a code', { hasText: '_' }).count()).toBeGreaterThan(0);
		});
	}
}
