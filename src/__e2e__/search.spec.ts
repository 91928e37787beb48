import type { Locator, Page } from '@playwright/test';
import { expect, locales, test } from './fixtures.ts';

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

// Pagefind's UI: the chunk Vite names after the package's ui-core module, and the index loader.
const PAGEFIND_UI = /\/(ui-core|pagefind-ui)[.\w-]*\.js$|\/pagefind\/pagefind\.js$/;

for (const { prefix } of locales) {
	test(`/${prefix}: nothing of Pagefind's UI loads until a reader reaches for search`, async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => PAGEFIND_UI.test(request.url()) && requested.push(request.url()));
		await page.goto(prefix, { waitUntil: 'networkidle' });
		expect(requested).toEqual([]);
		await expect(page.locator('#starlight__search')).toBeEmpty();
	});
}

for (const [how, reach] of [
	['hovering', (button: Locator) => button.hover()],
	['focusing', (button: Locator) => button.focus()],
] as const) {
	test(`${how} the search button loads Pagefind's UI`, async ({ page }) => {
		await page.goto('en/', { waitUntil: 'networkidle' });
		await expect(page.locator('.pagefind-ui__search-input')).toHaveCount(0);
		const loaded = page.waitForRequest(PAGEFIND_UI);
		await reach(page.getByRole('button', { name: 'Search' }));
		await loaded;
		await expect(page.locator('.pagefind-ui__search-input')).toHaveCount(1);
	});
}

/** Holds back every request for `url` until `release`; `held` lists those it holds. */
async function holdBack(page: Page, url: RegExp) {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	const held: string[] = [];
	await page.route(url, async (route) => {
		held.push(route.request().url());
		await released;
		await route.continue();
	});
	return { release, held };
}

test('Ctrl+K before Pagefind has loaded opens the dialog, and its input takes focus once it is there', async ({ page }) => {
	// Hold Pagefind's UI back so that the dialog is surely open before its input exists.
	const { release } = await holdBack(page, PAGEFIND_UI);
	await page.goto('en/');
	await expect(page.getByRole('button', { name: 'Search' })).toBeEnabled();
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
	await expect(page.locator('.pagefind-ui__search-input')).toHaveCount(0);
	release();
	await expect(page.locator('.pagefind-ui__search-input')).toBeFocused();
});

test('Ctrl+K in the moment before this site\'s search element is ready still loads search and focuses its input', async ({ page }) => {
	// Starlight enables the button a script before the element that loads Pagefind's UI is defined:
	// hold that definition, and the stand-in that waits on it, until the dialog is open.
	await page.addInitScript(() => {
		const define = customElements.define.bind(customElements);
		customElements.define = (name, constructor, options) => {
			if (name !== 'search-on-demand') return define(name, constructor, options);
			Object.assign(window, { defineSearchOnDemand: () => define(name, constructor, options) });
		};
	});
	const { release, held } = await holdBack(page, /\/pagefind-on-demand[.\w-]*\.js$/);
	await page.goto('en/');
	await expect(page.getByRole('button', { name: 'Search' })).toBeEnabled();
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
	await page.evaluate(() => (window as unknown as { defineSearchOnDemand: () => void }).defineSearchOnDemand());
	// The stand-in was held, or this journey opened no window at all.
	await expect.poll(() => held.length).toBeGreaterThan(0);
	release();
	await expect(page.locator('.pagefind-ui__search-input')).toBeFocused();
});

// The button is named by what it shows: the label and the shortcut where both show, the label alone
// where only the icon shows.
for (const { prefix, label } of [
	{ prefix: '', label: '검색' },
	{ prefix: 'en/', label: 'Search' },
]) {
	for (const [width, name] of [
		[375, label],
		[1280, `${label} Ctrl K`],
	] as const) {
		test(`/${prefix} at ${width}px the search button is named "${name}"`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(prefix);
			await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
		});
	}
}

test('on Apple platforms the name follows the shortcut Starlight shows: ⌘ K', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('en/');
	await expect(page.getByRole('button', { name: 'Search ⌘ K', exact: true })).toBeVisible();
});

test('at 1280px the shortcut still sits at the end of the search button', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('en/');
	const button = page.getByRole('button', { name: 'Search Ctrl K', exact: true });
	const shortcut = button.locator('> kbd');
	await expect(shortcut).toBeVisible();
	// The label this site adds for icon-only widths must not push the shortcut off the end of the
	// button's content box, wherever Starlight's padding puts that end.
	const contentEnd = await button.evaluate((element) => {
		const style = getComputedStyle(element);
		return element.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
	});
	const end = (await shortcut.boundingBox())!;
	expect(Math.abs(contentEnd - (end.x + end.width))).toBeLessThanOrEqual(1);
});

// The delivery list's terms and details are separate words for search and for copied text: a term
// glued to its detail ("재시도첫", "application/jsonUser-Agent") could never be found.
for (const [start, word] of [
	['', '재시도'],
	['en/', 'Retries'],
] as const) {
	test(`/${start}: searching ${word}, a term of the callback delivery list, finds the Callbacks page`, async ({ page }) => {
		await page.goto(`${start}callbacks/`);
		const words = (await page.locator('.callback-delivery').textContent())!.split(/\s+/);
		for (const term of await page.locator('.callback-delivery dt').allTextContents()) expect(words).toContain(term.split(/\s+/).at(-1));
		await page.getByRole('button', { name: /검색|Search/ }).click();
		await page.locator('.pagefind-ui__search-input').fill(word);
		const results = page.locator('.pagefind-ui__result-link');
		await expect(results.first()).toBeVisible();
		await expect.poll(async () => (await results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))).some((path) => path.endsWith(`/${start}callbacks/`))).toBe(true);
	});
}
