import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { har as validateHar } from 'har-validator/lib/promise.js';
import { TEST_KEY, createTaskExample, ruleMessages, taskCreateSchema, type Locale } from '../contract/index.ts';
import { sandboxRules } from '../sandbox/messages.ts';
import { startSandboxServer } from '../sandbox/server.ts';
import { bodyFieldId } from '../reference/field-ids.ts';
import { formFields, type FormField } from '../reference/form-fields.ts';
import { endpointById } from '../contract/index.ts';
import { SHARE_PREFIX } from '../tryit/share.ts';
import { expect, panelRequests, test } from './fixtures.ts';
import { open, panel, storageRefuses } from './try-it-panel.ts';

const run = promisify(execFile);
const create = endpointById('createTask');


/** Counts the requests a panel sends, wherever they go. */
const apiRequests = (page: Page) => panelRequests(page, test.info().project.use.baseURL!);

const control = (root: Locator, path: string) => root.locator(`[data-body="${path}"]`);
const rule = (root: Locator, path: string) => root.locator(`[data-rule="${path}"]`);
const flatten = (fields: FormField[]): FormField[] => fields.flatMap((field) => [field, ...(field.control.kind === 'group' ? flatten(field.control.fields) : [])]);

/** A link fragment as a hand-made (or broken) link carries it. */
const fragment = (payload: unknown) => SHARE_PREFIX + deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url');

for (const [prefix, locale] of [
	['', 'ko'],
	['en/', 'en'],
] as const satisfies readonly [string, Locale][]) {
	test(`/${prefix}: the create panel is a form of the contract's fields, each labelled and described in the page's language`, async ({ page }) => {
		await page.goto(`${prefix}tasks/`);
		const root = await open(page, 'createTask');
		for (const field of flatten(formFields(taskCreateSchema, locale))) {
			const element = control(root, field.path);
			await expect(element, field.path).toHaveCount(1);
			const tag = await element.evaluate((node) => node.tagName.toLowerCase() + (node.getAttribute('type') ? `:${node.getAttribute('type')}` : ''));
			const expected = { select: 'select', url: 'input:url', text: field.control.kind === 'text' && field.control.long ? 'textarea' : 'input', list: 'div', json: 'textarea', group: 'fieldset' }[field.control.kind];
			expect(tag, field.path).toBe(expected);
			if (field.control.kind !== 'group' && field.control.kind !== 'list') await expect(element, field.path).toHaveAccessibleName(new RegExp(`^${field.name}`));
			await expect(element, field.path).toHaveAccessibleDescription(new RegExp(field.description.replace(/`/g, '').slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
			if (field.default) await expect(root.locator(`[data-field="${field.path}"]`)).toContainText(field.default);
		}
		// The form starts from the documented example.
		await expect(control(root, 'instruction')).toHaveValue(createTaskExample.instruction);
		await expect(control(root, 'params.categories').locator('li input')).toHaveCount(createTaskExample.params.categories.length);
	});

	test(`/${prefix}: three broken rules are explained while typing, nothing is sent, and Send still sends: the 400 leads to each field`, async ({ page }) => {
		const requests = apiRequests(page);
		await page.goto(`${prefix}tasks/`);
		const root = await open(page, 'createTask');
		await control(root, 'instruction').fill('');
		await expect(rule(root, 'instruction')).toHaveText(ruleMessages.notEmpty[locale]);
		const categories = control(root, 'params.categories');
		await categories.locator('li input').nth(1).fill('big');
		await expect(rule(root, 'params.categories')).toHaveText(ruleMessages.repeatedCategory[locale]);
		await categories.getByRole('button', { name: /2$/ }).click();
		await expect(rule(root, 'params.categories')).toHaveText(ruleMessages.tooFewCategories[locale]);
		await control(root, 'callback_url').fill('ftp://example.com/callback');
		await expect(rule(root, 'callback_url')).toHaveText(ruleMessages.httpUrl[locale]);
		await expect(control(root, 'callback_url')).toHaveAttribute('aria-invalid', '');
		expect(requests).toEqual([]);

		await root.locator('.try-it-send').click();
		await expect(root.locator('.try-it-status')).toHaveText(/^400 /);
		const fields = root.locator('.try-it-fields li');
		await expect(fields).toHaveCount(3);
		// Each offending field links to its row in the reference, and to its control in the form.
		const callback = fields.filter({ hasText: 'callback_url' });
		await callback.getByRole('button').click();
		await expect(control(root, 'callback_url')).toBeFocused();
		await callback.getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`#${bodyFieldId(create, 'callback_url').replace(/\./g, '\\.')}$`));
		await expect(page.locator(`tr[id="${bodyFieldId(create, 'callback_url')}"]`)).toBeInViewport();
	});
}

test('a task is created with the form alone: fields, a list with add and remove, and the default left out', async ({ page }) => {
	await page.goto('en/tasks/');
	const root = await open(page, 'createTask');
	await control(root, 'instruction').fill('Which fruit is this?');
	await control(root, 'params.attachment_type').selectOption('text');
	await control(root, 'params.attachment').fill('A yellow, curved fruit 🍌');
	const categories = control(root, 'params.categories');
	await categories.getByRole('button', { name: 'Add an item' }).click();
	await expect(categories.locator('li input').last()).toBeFocused();
	await page.keyboard.type('banana');
	await categories.locator('li input').first().fill('apple');
	await categories.locator('li input').nth(1).fill('cherry');
	await control(root, 'metadata').fill('{"batch": 7}');
	await control(root, 'task_type').selectOption('');
	await expect(root.locator('[data-rule]:not(:empty)')).toHaveCount(0);
	await root.locator('.try-it-send').click();
	await expect(root.locator('.try-it-status')).toHaveText(/^200 /);
	const task = JSON.parse((await root.locator('.try-it-output .try-it-json').textContent())!);
	expect(task).toMatchObject({
		task_type: 'categorization',
		instruction: 'Which fruit is this?',
		params: { attachment_type: 'text', attachment: 'A yellow, curved fruit 🍌', categories: ['apple', 'cherry', 'banana'] },
		metadata: { batch: 7 },
		status: 'pending',
	});
});

test('the form and the JSON stay in step both ways, and text that is not JSON keeps its view, says where, and loses nothing', async ({ page }) => {
	await page.goto('en/tasks/');
	const root = await open(page, 'createTask');
	const json = root.locator('textarea[name="body"]');
	await control(root, 'instruction').fill('From the form');
	await root.getByRole('button', { name: 'JSON', exact: true }).click();
	// One view at a time: a form left on screen beside the JSON would write its stale values over it.
	await expect(json).toBeVisible();
	await expect(control(root, 'instruction')).toBeHidden();
	expect(JSON.parse(await json.inputValue())).toMatchObject({ instruction: 'From the form' });
	const edited = JSON.parse(await json.inputValue());
	edited.instruction = 'From the JSON';
	edited.params.categories = ['one', 'two', 'three'];
	edited.extra = true;
	await json.fill(JSON.stringify(edited, null, 2));
	await root.getByRole('button', { name: 'Form', exact: true }).click();
	await expect(json).toBeHidden();
	await expect(control(root, 'instruction')).toHaveValue('From the JSON');
	await expect(control(root, 'params.categories').locator('li input')).toHaveCount(3);
	// A field the form has no control for is kept, and said to be unknown.
	await expect(rule(root, '')).toContainText('extra');
	await control(root, 'instruction').fill('Edited again');
	await root.getByRole('button', { name: 'JSON', exact: true }).click();
	expect(JSON.parse(await json.inputValue())).toMatchObject({ instruction: 'Edited again', extra: true, params: { categories: ['one', 'two', 'three'] } });

	// Line 40 of a long body has a syntax error: the view stays JSON, says where, and keeps the text.
	const lines = JSON.stringify({ ...createTaskExample, metadata: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i])) }, null, 2).split('\n');
	lines[39] = lines[39]!.replace(/\d+,$/, 'nope,');
	const broken = lines.join('\n');
	await json.fill(broken);
	await expect(rule(root, '')).toHaveText(/line 40, column \d+/);
	await root.getByRole('button', { name: 'Form', exact: true }).click();
	await expect(json).toBeVisible();
	await expect(root.getByRole('button', { name: 'JSON', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(json).toHaveValue(broken);
	// A body that is not an object cannot be a form either.
	await json.fill('[1, 2]');
	await root.getByRole('button', { name: 'Form', exact: true }).click();
	await expect(json).toBeVisible();
	await expect(rule(root, '')).toContainText('not one');
});

test('Ctrl+Enter sends from a field, and focus moves to the answer, which is announced', async ({ page }) => {
	await page.goto('en/tasks/');
	const root = await open(page, 'createTask');
	await control(root, 'instruction').focus();
	await page.keyboard.press('Control+Enter');
	const status = root.getByRole('status').filter({ hasText: /^\d{3} / });
	await expect(status).toHaveText(/^200 /);
	await expect(status).toBeFocused();
	await expect(status).toHaveAttribute('aria-live', 'polite');
	await control(root, 'instruction').focus();
	await page.keyboard.press('Meta+Enter');
	await expect(root.locator('.try-it-history-list li')).toHaveCount(2);
});

test('a copied link opens the same request in a fresh browser, filled in, and sends nothing until Send', async ({ page, context, browser }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('en/tasks/');
	const root = await open(page, 'createTask');
	await control(root, 'instruction').fill('Shared <b>request</b>');
	await control(root, 'params.categories').locator('li input').first().fill('huge');
	await root.locator('select[name="fault"]').selectOption('503');
	await root.getByRole('button', { name: 'Copy link' }).click();
	await expect(root.locator('.try-it-notice')).toContainText('Link copied');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toContain(SHARE_PREFIX);
	expect(link).not.toContain(TEST_KEY);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	const requests = apiRequests(other);
	await other.goto(link);
	const opened = panel(other, 'createTask');
	await expect(opened.locator('.try-it-notice')).toHaveText('Opened from a link: nothing is sent until you press Send.');
	await expect(control(opened, 'instruction')).toHaveValue('Shared <b>request</b>');
	await expect(control(opened, 'params.categories').locator('li input').first()).toHaveValue('huge');
	await expect(opened.locator('select[name="fault"]')).toHaveValue('503');
	await expect(opened).toBeInViewport();
	expect(requests).toEqual([]);
	await expect(opened.locator('.try-it-status')).toBeEmpty();
	await opened.locator('.try-it-send').click();
	await expect(opened.locator('.try-it-status')).toHaveText(/^503 /);
	await fresh.close();
});

test('a link pasted into a page already open opens its panel too, filled in, and sends nothing', async ({ page }) => {
	const requests = apiRequests(page);
	await page.goto('en/tasks/');
	await page.evaluate((hash) => (location.hash = hash), fragment({ v: 1, op: 'getTask', params: { id: 'pasted-id' } }));
	const opened = panel(page, 'getTask');
	await expect(opened.locator('.try-it-notice')).toHaveText('Opened from a link: nothing is sent until you press Send.');
	await expect(opened.locator('input[name="path:id"]')).toHaveValue('pasted-id');
	expect(requests).toEqual([]);
	// The link is read once: after a reload the reader's own edit is back, not the link's request.
	await expect(page).not.toHaveURL(/#try=/);
	await opened.locator('input[name="path:id"]').fill('edited-id');
	await page.reload();
	const reopened = await open(page, 'getTask');
	await expect(reopened.locator('input[name="path:id"]')).toHaveValue('edited-id');
});

for (const [name, hash, message] of [
	['a live key', () => fragment({ v: 1, op: 'listTasks', params: {}, key: 'live_AAAAAAAAAAAAAAAAAAAA' }), 'carries a live key'],
	['another key', () => fragment({ v: 1, op: 'listTasks', params: {}, key: 'test_AAAAAAAAAAAAAAAAAAAA' }), 'other than the documented test key'],
	['random bytes', () => SHARE_PREFIX + Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256)).toString('base64url'), 'damaged or cut short'],
	['a cut-off fragment', () => fragment({ v: 1, op: 'createTask', params: {}, body: JSON.stringify(createTaskExample) }).slice(0, 40), 'damaged or cut short'],
	['a newer version', () => fragment({ v: 2, op: 'listTasks', params: {} }), 'newer version'],
	['a body over 64 KiB', () => fragment({ v: 1, op: 'createTask', params: {}, body: 'x'.repeat(70_000) }), 'over 64 KiB'],
	['an endpoint that does not exist', () => fragment({ v: 1, op: 'deleteTask', params: {} }), 'do not have'],
	['half a surrogate pair in an id', () => fragment({ v: 1, op: 'getTask', params: { id: 'x\ud800y' } }), 'damaged or cut short'],
] as const) {
	test(`a link with ${name} is refused with a notice, and the page works on`, async ({ page }) => {
		const requests = apiRequests(page);
		await page.goto(`en/tasks/${hash()}`);
		await expect(page.getByRole('alert')).toContainText(message);
		expect(requests).toEqual([]);
		const list = await open(page, 'listTasks');
		await list.locator('.try-it-send').click();
		await expect(list.locator('.try-it-status')).toHaveText(/^200 /);
	});
}

test('a reader quicker than the panel’s code loses nothing: the body form waits, disabled, and a click is played once the panel is wired', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	let release!: () => void;
	const arrived = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_astro/panel.*.js', async (route) => {
		await arrived;
		await route.continue();
	});
	await page.goto('en/tasks/');
	const root = panel(page, 'createTask');
	await root.locator('summary').first().click();
	await expect(control(root, 'instruction')).toBeDisabled();
	await expect(root.getByRole('button', { name: 'JSON', exact: true })).toBeDisabled();
	await root.getByRole('button', { name: 'Copy link' }).click();
	await expect(root).not.toHaveAttribute('data-ready');
	release();
	await expect(root.locator('.try-it-notice')).toContainText('Link copied');
	await expect(control(root, 'instruction')).toBeEnabled();
	await expect(control(root, 'instruction')).toHaveValue(createTaskExample.instruction);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(SHARE_PREFIX);
});

test('when the panel’s code cannot be fetched, the panel says so, and opening it again once the network is back brings it', async ({ page, watch }) => {
	await page.route('**/_astro/panel.*.js', (route) => route.abort('internetdisconnected'));
	await page.goto('en/tasks/');
	const root = panel(page, 'createTask');
	const summary = root.locator('summary').first();
	await summary.click();
	await expect(root.locator('.try-it-notice')).toHaveText(/could not load/);
	await page.unroute('**/_astro/panel.*.js');
	await summary.click();
	await summary.click();
	await expect(control(root, 'instruction')).toBeEnabled();
	await root.locator('.try-it-send').click();
	await expect(root.locator('.try-it-status')).toHaveText(/^200 /);
	// The one failed fetch this journey caused on purpose, and nothing else (no uncaught error).
	expect(watch.problems).toEqual([expect.stringMatching(/ERR_INTERNET_DISCONNECTED/)]);
	watch.problems.length = 0;
});

test('Ctrl+Enter while a request is on its way sends nothing more, and a refused copy leaves the code selected and says so', async ({ page }) => {
	await page.goto('en/tasks/');
	const root = await open(page, 'createTask');
	// Every request is held until the test lets it go, so the later presses land while the first is on its way.
	await page.evaluate(() => {
		const send = window.fetch;
		const held = Promise.withResolvers<void>();
		const calls: string[] = [];
		Object.assign(window, { heldCalls: calls, releaseHeld: held.resolve });
		window.fetch = (...args) => (calls.push(String(args[0])), held.promise.then(() => send(...args)));
	});
	await control(root, 'instruction').focus();
	await page.keyboard.press('Control+Enter');
	await expect.poll(() => page.evaluate(() => (window as unknown as { heldCalls: string[] }).heldCalls.length)).toBe(1);
	for (let press = 0; press < 2; press++) await page.keyboard.press('Control+Enter');
	await page.evaluate(() => (window as unknown as { releaseHeld: () => void }).releaseHeld());
	await expect(root.locator('.try-it-status')).toHaveText(/^200 /);
	expect(await page.evaluate(() => (window as unknown as { heldCalls: string[] }).heldCalls.length)).toBe(1);
	await expect(root.locator('.try-it-history-list li')).toHaveCount(1);

	await page.evaluate(() => Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }));
	const sample = root.locator('.try-it-sample:visible');
	await sample.locator('.try-it-copy').click();
	await expect(root.locator('.try-it-notice')).toHaveText(/refused to copy/);
	expect(await page.evaluate(() => getSelection()?.toString())).toBe(await sample.locator('pre').textContent());
});

test('what a reader typed comes back after a reload and in the other language, until they start again from the example', async ({ page }) => {
	await page.goto('en/tasks/');
	let root = await open(page, 'createTask');
	// The samples follow every field, the key included, and the key is kept with the rest.
	await root.locator('input[name="api_key"]').fill('test_AAAAAAAAAAAAAAAAAAAA');
	await expect(root.locator('.try-it-sample pre[data-language="shell"]')).toContainText('test_AAAAAAAAAAAAAAAAAAAA');
	await control(root, 'instruction').fill('Typed before the reload');
	await root.locator('select[name="fault"]').selectOption('429');
	await page.reload();
	root = await open(page, 'createTask');
	await expect(control(root, 'instruction')).toHaveValue('Typed before the reload');
	await expect(root.locator('select[name="fault"]')).toHaveValue('429');
	await expect(root.locator('.try-it-notice')).toContainText('What you typed here earlier in this tab is back.');
	await expect(root.locator('.try-it-sample pre[data-language="shell"]')).toContainText('Typed before the reload');
	await expect(root.locator('input[name="api_key"]')).toHaveValue('test_AAAAAAAAAAAAAAAAAAAA');

	await page.goto('tasks/');
	root = await open(page, 'createTask');
	await expect(control(root, 'instruction')).toHaveValue('Typed before the reload');
	await root.getByRole('button', { name: '예시로 다시 시작' }).click();
	await expect(control(root, 'instruction')).toHaveValue(createTaskExample.instruction);
	await expect(root.locator('select[name="fault"]')).toHaveValue('');
	await expect(root.locator('input[name="api_key"]')).toHaveValue(TEST_KEY);
	await expect(root.locator('.try-it-notice')).toBeEmpty();
	await page.reload();
	root = await open(page, 'createTask');
	await expect(control(root, 'instruction')).toHaveValue(createTaskExample.instruction);
	await expect(root.locator('.try-it-notice')).toBeEmpty();
});

test('a link with markup in the instruction fills it as text, and runs nothing', async ({ page }) => {
	const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
	await page.goto(`en/tasks/${fragment({ v: 1, op: 'createTask', params: {}, body: JSON.stringify({ ...createTaskExample, instruction: payload }) })}`);
	const root = panel(page, 'createTask');
	await expect(control(root, 'instruction')).toHaveValue(payload);
	// An answer holding markup is shown as text: try-it.spec.ts checks that once, for every answer.
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(page.locator('.try-it img, .try-it script')).toHaveCount(0);
});

test('the session history lists each request, newest first, puts one back into its panel, and exports HAR and a replayable curl script', async ({ page }) => {
	await page.goto('en/tasks/');
	const list = await open(page, 'listTasks');
	await list.locator('.try-it-send').click();
	await expect(list.locator('.try-it-status')).toHaveText(/^200 /);
	const get = await open(page, 'getTask');
	await get.locator('select[name="fault"]').selectOption('429');
	await get.locator('.try-it-send').click();
	await expect(get.locator('.try-it-status')).toHaveText(/^429 /);
	const createPanel = await open(page, 'createTask');
	await control(createPanel, 'instruction').fill('For the history');
	await createPanel.locator('.try-it-send').click();
	await expect(createPanel.locator('.try-it-status')).toHaveText(/^200 /);

	const history = list.locator('.try-it-history');
	await history.locator('summary').click();
	const entries = history.locator('li button');
	await expect(entries).toHaveCount(3);
	await expect(entries.nth(0)).toContainText(/POST \/v1\/tasks 200 · \d{2}:\d{2}:\d{2}/);
	await expect(entries.nth(1)).toContainText('GET /v1/tasks/623ed523-d7cf-4007-be3e-2732b3b9c526 429');
	await expect(entries.nth(2)).toContainText('GET /v1/tasks 200');
	// The create request comes back into its own panel, from the list panel's history.
	await control(createPanel, 'instruction').fill('Changed since');
	await entries.nth(0).click();
	await expect(control(createPanel, 'instruction')).toHaveValue('For the history');

	const [harDownload] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export as HAR' }).click()]);
	const har = JSON.parse(await readFile((await harDownload.path())!, 'utf8'));
	await validateHar(har);
	await expect(validateHar({ log: { ...har.log, version: undefined, entries: [{ ...har.log.entries[0], request: undefined }] } })).rejects.toThrow();
	expect(har.log.entries.map((entry: { request: { method: string }; response: { status: number } }) => [entry.request.method, entry.response.status])).toEqual([
		['GET', 200],
		['GET', 429],
		['POST', 200],
	]);
	expect(har.log.entries[2].request.postData.text).toContain('For the history');
	expect(har.log.entries[2].response.content.text).toContain('"status":"pending"');

	const [scriptDownload] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export as a curl script' }).click()]);
	const script = (await scriptDownload.path())!;
	const sandbox = await startSandboxServer({ port: 0, log: () => {} });
	try {
		const { stdout } = await run('sh', [script, `${sandbox.url}/v1`]);
		expect(stdout.trim().split('\n').filter((line) => /^\d{3}$/.test(line))).toEqual(['200', '429', '200']);
		expect(stdout).toContain('For the history');
	} finally {
		await sandbox.close();
	}
});

test('with session storage full, answers are still shown and a notice says history is off', async ({ page }) => {
	await storageRefuses(page, 'workersai-history:');
	await page.goto('en/tasks/');
	const list = await open(page, 'listTasks');
	await list.locator('.try-it-send').click();
	await expect(list.locator('.try-it-status')).toHaveText(/^200 /);
	await expect(list.locator('.try-it-output .try-it-json')).toContainText('623ed523');
	await expect(list.locator('.try-it-notice')).toHaveText(/History is off/);
});

test('with session storage blocked, the sandbox and its answers still work and history says it is off', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(() => {
		Object.defineProperty(window, 'sessionStorage', {
			get() {
				throw new DOMException('Storage is disabled.', 'SecurityError');
			},
		});
	});
	await page.goto('en/tasks/');
	const list = await open(page, 'listTasks');
	await list.locator('.try-it-send').click();
	await expect(list.locator('.try-it-status')).toHaveText(/^200 /);
	await expect(list.locator('.try-it-notice')).toHaveText(/History is off/);
	await context.close();
});

test('a body nested thousands of levels deep is explained while typing, kept as JSON text, refused with a 400, and the sandbox answers on', async ({ page }) => {
	await page.goto('en/tasks/');
	const root = await open(page, 'createTask');
	await root.getByRole('button', { name: 'JSON', exact: true }).click();
	const deep = JSON.stringify({ ...createTaskExample, metadata: { m: 0 } }).replace('0', '['.repeat(5000) + ']'.repeat(5000));
	await root.locator('textarea[name="body"]').fill(deep);
	await expect(rule(root, '')).toHaveText(`body: ${sandboxRules.bodyTooDeep.en}`);
	// Every sample follows the text, written as the text it is.
	for (const language of ['ruby', 'python', 'javascript']) await expect(root.locator(`.try-it-sample pre[data-language="${language}"]`)).toContainText('[[[[');
	await root.getByRole('button', { name: 'Form', exact: true }).click();
	await expect(root.locator('textarea[name="body"]')).toBeVisible();
	await expect(rule(root, '')).toHaveText(`body: ${sandboxRules.bodyTooDeep.en}`);
	await root.locator('.try-it-send').click();
	await expect(root.locator('.try-it-status')).toHaveText(/^400 /);
	await expect(root.locator('.try-it-fields li')).toContainText(sandboxRules.bodyTooDeep.en);
	const list = await open(page, 'listTasks');
	await list.locator('.try-it-send').click();
	await expect(list.locator('.try-it-status')).toHaveText(/^200 /);
});

test('a body of 1 MiB pasted as JSON is refused for its size before sending, and the page keeps answering', async ({ page }) => {
	await page.goto('en/tasks/');
	const root = await open(page, 'createTask');
	await root.getByRole('button', { name: 'JSON', exact: true }).click();
	const huge = JSON.stringify({ ...createTaskExample, metadata: { pad: 'x'.repeat(1024 * 1024) } });
	await root.locator('textarea[name="body"]').evaluate((textarea, text) => {
		(textarea as HTMLTextAreaElement).value = text;
		textarea.dispatchEvent(new Event('input', { bubbles: true }));
	}, huge);
	await expect(rule(root, '')).toContainText(ruleMessages.bodyTooLarge.en);
	await root.locator('.try-it-send').click();
	await expect(root.locator('.try-it-status')).toHaveText(/^400 /);
	await expect(root.locator('.try-it-fields li')).toContainText(ruleMessages.bodyTooLarge.en);
});

test('10,000 categories are added as JSON: the form shows the first hundred, says how many more, and what is wrong', async ({ page }) => {
	await page.goto('en/tasks/');
	const root = await open(page, 'createTask');
	await root.getByRole('button', { name: 'JSON', exact: true }).click();
	const many = JSON.stringify({ ...createTaskExample, params: { ...createTaskExample.params, categories: Array.from({ length: 10_000 }, (_, i) => `c${i}`) } });
	await root.locator('textarea[name="body"]').fill(many);
	await root.getByRole('button', { name: 'Form', exact: true }).click();
	const categories = control(root, 'params.categories');
	await expect(categories.locator('li input')).toHaveCount(100);
	await expect(categories).toContainText('9,900 more');
	// So many are more than a body may hold: that is the rule they break first.
	await expect(rule(root, '')).toHaveText(`body: ${ruleMessages.bodyTooLarge.en}`);
	// Editing one of those shown keeps the rest.
	await categories.locator('li input').first().fill('first');
	await root.getByRole('button', { name: 'JSON', exact: true }).click();
	const sent = JSON.parse(await root.locator('textarea[name="body"]').inputValue());
	expect(sent.params.categories).toHaveLength(10_000);
	expect(sent.params.categories[0]).toBe('first');

	// Fifty-one fit in a body, and break the list's own rule.
	await root.locator('textarea[name="body"]').fill(JSON.stringify({ ...createTaskExample, params: { ...createTaskExample.params, categories: Array.from({ length: 51 }, (_, i) => `c${i}`) } }));
	await root.getByRole('button', { name: 'Form', exact: true }).click();
	await expect(rule(root, 'params.categories')).toHaveText(ruleMessages.tooManyCategories.en);
});
