import { endpointById } from '../contract/index.ts';
import { bodyFieldId } from '../reference/field-ids.ts';
import { fieldTablesOn } from '../site/__support__/field-tables-on.ts';
import { fieldRows } from '../reference/fields.ts';
import { endpointsPage, errorsPage, pagePath } from '../site/pages.ts';
import { expect, locales, test } from './fixtures.ts';

const create = endpointById('createTask');
const categories = bodyFieldId(create, 'params.categories');
const tasksPath = pagePath(endpointsPage);
const row = (id: string) => `tr[id="${id}"]`;

for (const { prefix } of locales) {
	test(`/${prefix}: every row of every field table carries its permalink`, async ({ page }) => {
		for (const slug of [endpointsPage, errorsPage]) {
			const tables = fieldTablesOn(slug);
			await page.goto(`${prefix}${pagePath(slug)}`);
			const ids = tables.flatMap((table) => fieldRows(table.schema, table.io, 'en', table.anchor).map((field) => field.id));
			expect(await page.locator('.field-table tbody tr[id]').evaluateAll((rows) => rows.map((tr) => tr.id))).toEqual(ids);
			for (const id of ids) await expect(page.locator(`${row(id)} a.field-link`)).toHaveAttribute('href', `#${id}`);
		}
	});
}

for (const { width, height } of [
	{ width: 1280, height: 900 },
	{ width: 375, height: 800 },
]) {
	for (const { prefix } of locales) {
		test(`${width}px, /${prefix}: a field's link pasted into a new tab lands on its row and marks it`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			// Animations held at their first frame, so the mark is seen however slowly the page loads.
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Animation.enable');
			await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
			await page.goto(`${prefix}${tasksPath}#${categories}`);
			const target = page.locator(row(categories));
			await expect(target).toBeInViewport();
			// The mark fades; at its first frame the row stands out from the rows beside it.
			const backgrounds = await target.evaluate((tr) => [tr, tr.previousElementSibling, tr.nextElementSibling].map((each) => each && getComputedStyle(each).backgroundColor));
			expect(backgrounds[0]).not.toBe(backgrounds[1] ?? backgrounds[2]);
			expect(backgrounds[0]).not.toBe(backgrounds[2] ?? backgrounds[1]);
		});
	}
}

test('the mark of a linked row does not move when the reader asks for less motion', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`en/${tasksPath}#${categories}`);
	const style = await page.locator(row(categories)).evaluate((tr) => ({ moving: tr.getAnimations().length, outline: getComputedStyle(tr).outlineStyle }));
	expect(style).toEqual({ moving: 0, outline: 'solid' });
});

test('the link control shows on hover and on keyboard focus, and copies the full address', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`en/${tasksPath}`);
	const link = page.locator(`${row(categories)} a.field-link`);
	await expect(link).toHaveCSS('opacity', '0');
	await page.locator(row(categories)).hover();
	await expect(link).toHaveCSS('opacity', '1');
	await page.mouse.move(0, 0);
	await expect(link).toHaveCSS('opacity', '0');
	await link.focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(link).toBeFocused();
	await expect(link).toHaveCSS('opacity', '1');
	await expect(link).toHaveAccessibleName(/params\.categories/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${baseURL}en/${tasksPath}#${categories}`);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}en/${tasksPath}#${categories}`);
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
});

test('switching the language keeps the field, the code tab and the sidebar mark', async ({ page, baseURL }) => {
	await page.goto(`en/${tasksPath}?lang=python#${categories}`);
	await expect(page.locator(`a[data-section="${create.anchor}"]`)).toHaveAttribute('aria-current', 'true');
	await page.getByRole('combobox', { name: /language|언어/i }).first().selectOption({ label: '한국어' });
	await expect(page).toHaveURL(`${baseURL}${tasksPath}?lang=python#${categories}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.locator(row(categories))).toBeInViewport();
	await expect(page.locator(`a[data-section="${create.anchor}"]`)).toHaveAttribute('aria-current', 'true');
	await expect(page.locator(`section[aria-labelledby="${create.anchor}"] .code-samples [role="tab"][aria-selected="true"]`)).toHaveText('python');
});

for (const [start, field] of [
	['en/', 'callback_url'],
	['', 'attachment_type'],
] as const) {
	test(`searching ${field} on /${start} lists its rows and opens the row itself`, async ({ page }) => {
		await page.goto(start);
		await page.getByRole('button', { name: /Search|검색/ }).click();
		await page.locator('.pagefind-ui__search-input').fill(field);
		const rowLink = page.locator('.pagefind-ui__result-nested .pagefind-ui__result-link', { hasText: field }).first();
		await expect(rowLink).toBeVisible();
		const href = (await rowLink.getAttribute('href'))!;
		expect(href).toMatch(new RegExp(`#[a-z-]+(\\.[a-z]+)*\\.(params\\.)?${field}$`));
		await rowLink.click();
		const id = decodeURIComponent(href.split('#')[1]!);
		await expect(page.locator(row(id))).toBeInViewport();
	});
}

for (const hash of ['#nope', '#%E0%A4%A', '#create-a-task.body.nope', '#%ZZ', `#${'x'.repeat(5000)}`]) {
	test(`an unknown fragment (${hash.slice(0, 24)}) shows the top of the page`, async ({ page }) => {
		for (const path of ['', `en/${tasksPath}`, pagePath(errorsPage)]) {
			await page.goto(path + hash);
			await expect(page.locator('h1')).toBeInViewport();
			expect(await page.evaluate(() => scrollY)).toBe(0);
		}
	});
}
