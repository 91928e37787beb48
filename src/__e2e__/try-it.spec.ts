import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { BASE_URL, EXAMPLE_TASK_ID as DOG, TEST_KEY, seedTasks } from '../contract/index.ts';
import { FAULT_HEADER } from '../sandbox/config.ts';
import { expect, panelRequests, setTheme, test } from './fixtures.ts';
import { answer, expand, panel, send } from './try-it-panel.ts';

const HOTDOG = seedTasks[1]!.external_id;

/** Types a body into the panel's JSON view, as a reader who pastes one does. */
async function typeJson(root: Locator, body: string) {
	await root.getByRole('button', { name: 'JSON', exact: true }).click();
	await root.locator('textarea[name="body"]').fill(body);
}

async function createBody(root: Locator, body: string) {
	await typeJson(root, body);
	return send(root);
}

const validBody = (patch: Record<string, unknown> = {}) =>
	JSON.stringify({
		instruction: 'Is this dog big or small?',
		params: { attachment_type: 'image', attachment: 'http://www.dogsarebig.com/dog1.jpg', categories: ['big', 'small'] },
		callback_url: 'http://example.com/callback',
		...patch,
	});

test('a page nobody touches loads no sandbox code and registers no worker', async ({ page }) => {
	// Told apart by what the scripts say, not by what their chunks are called: the sandbox's code
	// is the code that names its fault header and registers a service worker.
	const scripts: { url: string; text: Promise<string> }[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), text: response.text() });
	});
	const sandboxCode = async (from: number) =>
		(await Promise.all(scripts.slice(from).map(async ({ url, text }) => ((await text).includes(FAULT_HEADER) || (await text).includes('serviceWorker.register') ? url : undefined)))).filter(Boolean);

	await page.goto('en/tasks/');
	await page.mouse.wheel(0, 2000);
	await page.waitForLoadState('networkidle');
	const untouched = scripts.length;
	expect(untouched).toBeGreaterThan(0);
	expect(await sandboxCode(0)).toEqual([]);
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);

	const list = await expand(page, 'listTasks');
	await expect(await send(list)).toHaveText(/^200 OK/);
	expect((await sandboxCode(untouched)).length, 'opening a panel loads the sandbox').toBeGreaterThan(0);
});

test('every endpoint can be called from its panel, in both locales', async ({ page }) => {
	await page.goto('tasks/');
	const list = await expand(page, 'listTasks');
	await expect(await send(list)).toHaveText(/^200 OK/);
	expect(((await answer(list)) as { external_id: string }[]).map((task) => task.external_id)).toEqual([DOG, HOTDOG]);

	const get = await expand(page, 'getTask');
	await expect(await send(get)).toHaveText(/^200 OK/);
	expect(await answer(get)).toMatchObject({ external_id: DOG, instruction: 'Is this dog big or small?' });

	await page.goto('en/tasks/');
	const create = await expand(page, 'createTask');
	await expect(await send(create)).toHaveText(/^200 OK · took \d+ ms$/);
	expect(await answer(create)).toMatchObject({ status: 'pending', response: {}, completed_at: null, metadata: { internal_task_id: 'dog-0001' } });
	await create.locator('.try-it-headers summary').click();
	await expect(create.locator('.try-it-headers')).toContainText('content-type');
});

test('a created task comes back in the list, completes by test mode, and shows its callback body', async ({ page }) => {
	await page.goto('en/tasks/');
	const create = await expand(page, 'createTask');
	await send(create);
	const created = (await answer(create)) as { external_id: string; params: { categories: string[] } };
	const expected = created.params.categories[Number.parseInt(created.external_id.slice(0, 8), 16) % 2];

	const list = await expand(page, 'listTasks');
	await send(list);
	const tasks = (await answer(list)) as { external_id: string; status: string; response: { category?: string } }[];
	expect(tasks).toHaveLength(3);
	expect(tasks[0]).toMatchObject({ external_id: created.external_id, status: 'completed', response: { category: expected } });
	await expect(list.locator('.try-it-callback')).toHaveCount(1);
	await expect(list.locator('.try-it-callback')).toContainText('POST http://example.com/callback');
	await expect(list.locator('.try-it-callback')).toContainText('"status": "completed"');

	const get = await expand(page, 'getTask');
	await get.locator('input[name="path:id"]').fill(created.external_id);
	await send(get);
	expect(await answer(get)).toMatchObject({ external_id: created.external_id, status: 'completed' });
});

test('state survives a reload, stays apart per tab, and Reset restores the start', async ({ page, context }) => {
	await page.goto('en/tasks/');
	await send(await expand(page, 'createTask'));
	await page.reload();
	const list = await expand(page, 'listTasks');
	await send(list);
	expect(((await answer(list)) as unknown[]).length).toBe(3);

	const other = await context.newPage();
	await other.goto('en/tasks/');
	const otherList = await expand(other, 'listTasks');
	await send(otherList);
	expect(((await answer(otherList)) as unknown[]).length).toBe(2);
	await other.close();

	await list.locator('.try-it-reset').click();
	await expect(list.locator('.try-it-status')).toHaveText("This key's sandbox has been reset.");
	await send(list);
	expect(((await answer(list)) as unknown[]).length).toBe(2);
	await expect(list.locator('.try-it-callback')).toHaveCount(0);
});

test('another test key has its own empty sandbox, and cannot read the documented key’s tasks', async ({ page }) => {
	await page.goto('en/tasks/');
	const list = await expand(page, 'listTasks');
	await list.locator('input[name="api_key"]').fill('test_AAAAAAAAAAAAAAAAAAAA');
	await send(list);
	expect(await answer(list)).toEqual([]);
	const get = await expand(page, 'getTask');
	await get.locator('input[name="api_key"]').fill('test_AAAAAAAAAAAAAAAAAAAA');
	await expect(await send(get)).toHaveText(/^404 Not Found/);
});

test('every error of the table can be produced and reads clearly', async ({ page }) => {
	await page.goto('en/tasks/');
	const get = await expand(page, 'getTask');
	const key = get.locator('input[name="api_key"]');
	const id = get.locator('input[name="path:id"]');

	await key.fill('');
	await expect(await send(get)).toHaveText(/^401 Unauthorized/);
	await expect(get.locator('.try-it-output')).toContainText('The api_key query parameter is missing.');
	await key.fill('test_short');
	await expect(await send(get)).toHaveText(/^401 Unauthorized/);
	await expect(get.locator('.try-it-output')).toContainText('malformed');

	await key.fill(TEST_KEY);
	for (const bad of ['00000000-0000-4000-8000-000000000000', 'not-an-id', '../../etc/passwd', '<b>x</b>']) {
		await id.fill(bad);
		await expect(await send(get)).toHaveText(/^404 Not Found/);
	}
	await id.fill(DOG);
	for (const [fault, text] of [['429', /^429 Too Many Requests/], ['500', /^500 Internal Server Error/], ['503', /^503 Service Unavailable/]] as const) {
		await get.locator('select[name="fault"]').selectOption(fault);
		await expect(await send(get)).toHaveText(text);
		expect(await answer(get)).toMatchObject({ error: { status: Number(fault) } });
	}
});

// The handlers' tests hold the table of 400 rules; in the browser, one case shows the panel names
// every field an answer lists, and keeps working after it.
test('Create a Task with missing fields answers 400 naming the fields, and the panel keeps working', async ({ page }) => {
	await page.goto('en/tasks/');
	const create = await expand(page, 'createTask');
	await expect(await createBody(create, '{}')).toHaveText(/^400 Bad Request/);
	await expect(create.locator('.try-it-fields li code')).toHaveText(['instruction', 'params', 'callback_url']);
	await expect(await createBody(create, validBody())).toHaveText(/^200 OK/);
});

test('a live key is refused before anything is sent', async ({ page, baseURL }) => {
	const apiRequests = panelRequests(page, baseURL!);
	await page.goto('en/tasks/');
	const list = await expand(page, 'listTasks');
	await list.locator('input[name="api_key"]').fill('live_AAAAAAAAAAAAAAAAAAAA');
	await list.locator('.try-it-send').click();
	await expect(list.locator('.try-it-status')).toHaveText(/Live keys never belong in a documentation page/);
	expect(apiRequests).toEqual([]);
});

test('the key is kept in memory and sessionStorage only', async ({ page }) => {
	await page.goto('en/tasks/');
	await send(await expand(page, 'listTasks'));
	const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
	expect(local).not.toContain('test_');
	expect(page.url()).not.toContain('test_');
});

test('what a response holds is shown as text, never run', async ({ page }) => {
	await page.goto('en/tasks/');
	const create = await expand(page, 'createTask');
	const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
	await createBody(
		create,
		validBody({
			instruction: payload,
			params: { attachment_type: 'text', attachment: payload, categories: [payload, '<b>bold</b>'] },
			metadata: { html: payload },
		}),
	);
	const list = await expand(page, 'listTasks');
	await send(list);
	await expect(list.locator('.try-it-output')).toContainText('<script>window.__pwned=1</script>');
	await expect(list.locator('.try-it-callback')).toContainText('<img src=x onerror');
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(page.locator('.try-it img, .try-it script, .try-it b')).toHaveCount(0);
});

test('the request is written out as the reader types, in the page’s language, and copies', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('en/tasks/?lang=python');
	const get = await expand(page, 'getTask');
	const sample = get.locator('.try-it-sample pre[data-language="python"]');
	await expect(sample).toBeVisible();
	await get.locator('input[name="path:id"]').fill(HOTDOG);
	await expect(sample).toContainText(`requests.get("${BASE_URL}/tasks/${HOTDOG}?api_key=${TEST_KEY}")`);
	await get.getByRole('tab', { name: 'ruby' }).click();
	await expect(page.locator('.code-samples').first().getByRole('tab', { name: 'ruby' })).toHaveAttribute('aria-selected', 'true');
	await get.locator('.try-it-sample:visible .try-it-copy').click();
	await expect(get.locator('.try-it-sample:visible .try-it-copy')).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`HTTParty.get('${BASE_URL}/tasks/${HOTDOG}`);

	const create = await expand(page, 'createTask');
	await typeJson(create, '{"instruction": "typed"');
	await expect(create.locator('.try-it-sample pre[data-language="ruby"]')).toContainText(`body: '{"instruction": "typed"'`);
});

test('the panel works with the keyboard, and announces the answer', async ({ page }) => {
	await page.goto('en/tasks/');
	const list = panel(page, 'listTasks');
	await list.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(list.locator('input[name="api_key"]')).toBeVisible();
	await list.locator('.try-it-send').focus();
	await page.keyboard.press('Enter');
	await expect(list.getByRole('status')).toHaveText(/^200 OK/);
	await expect(list.getByRole('status')).toHaveAttribute('aria-live', 'polite');
	await expect(list.getByLabel('API key')).toHaveValue(TEST_KEY);
});

for (const theme of ['light', 'dark'] as const) {
	test(`an open panel with an answer has no axe violations (${theme}, Korean)`, async ({ page }) => {
		await setTheme(page, theme);
		await page.goto('tasks/');
		const create = await expand(page, 'createTask');
		await createBody(create, '{}');
		const list = await expand(page, 'listTasks');
		await send(list);
		const results = await new AxeBuilder({ page }).include('try-it').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

test('a Send at once after opening waits for the panel instead of submitting the form', async ({ page, baseURL }) => {
	// The panel's code is held until the Send is pressed, so the Send always comes first.
	const held = Promise.withResolvers<void>();
	await page.route('**/_astro/panel.*.js', async (route) => {
		await held.promise;
		await route.continue();
	});
	await page.goto('en/tasks/');
	const list = panel(page, 'listTasks');
	await list.locator('summary').first().click();
	await list.locator('.try-it-send').click();
	await expect(list).not.toHaveAttribute('data-ready');
	held.resolve();
	await expect(list.getByRole('status')).toHaveText(/^200 OK/);
	expect(page.url()).toBe(`${baseURL}en/tasks/`);
});

test('test mode completes a task at the first read that returns it: not at a 404 for another id, nor at an error', async ({ page }) => {
	await page.goto('en/tasks/');
	const create = await expand(page, 'createTask');
	await send(create);
	const created = (await answer(create)) as { external_id: string };

	const get = await expand(page, 'getTask');
	const id = get.locator('input[name="path:id"]');
	await id.fill('00000000-0000-4000-8000-000000000000');
	await expect(await send(get)).toHaveText(/^404 Not Found/);
	await expect(get.locator('.try-it-callback')).toHaveCount(0);
	await id.fill(created.external_id);
	await get.locator('select[name="fault"]').selectOption('503');
	await expect(await send(get)).toHaveText(/^503 /);
	await expect(get.locator('.try-it-callback')).toHaveCount(0);
	// Reading the dog completes nothing of the new task either.
	await get.locator('select[name="fault"]').selectOption('');
	await id.fill(DOG);
	await expect(await send(get)).toHaveText(/^200 OK/);
	await expect(get.locator('.try-it-callback')).toHaveCount(0);

	await id.fill(created.external_id);
	await expect(await send(get)).toHaveText(/^200 OK/);
	expect(await answer(get)).toMatchObject({ external_id: created.external_id, status: 'completed' });
	// The callback panel says which task its body belongs to.
	await expect(get.locator('.try-it-callback')).toHaveCount(1);
	await expect(get.locator('.try-it-callback p').first()).toContainText(created.external_id);
});

test('a created task read past by a 404 is still pending in the sandbox, until a read returns it', async ({ page }) => {
	await page.goto('tasks/');
	const create = await expand(page, 'createTask');
	await send(create);
	const created = (await answer(create)) as { external_id: string; status: string };
	expect(created.status).toBe('pending');
	const get = await expand(page, 'getTask');
	await get.locator('input[name="path:id"]').fill('nope');
	await expect(await send(get)).toHaveText(/^404 /);
	await expect(get.locator('.try-it-callback')).toHaveCount(0);
	// Still pending: the list is the read that completes it, and so the one that shows its callback.
	const list = await expand(page, 'listTasks');
	await send(list);
	const tasks = (await answer(list)) as { external_id: string; status: string }[];
	expect(tasks.find((task) => task.external_id === created.external_id)).toMatchObject({ status: 'completed' });
	await expect(list.locator('.try-it-callback')).toHaveCount(1);
});
