import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { har as validateHar } from 'har-validator/lib/promise.js';
import { BASE_URL, TEST_KEY, createTaskExample } from '../contract/index.ts';
import { sandboxRoot } from '../sandbox/address.ts';
import { startSandboxServer } from '../sandbox/server.ts';
import { SHARE_PREFIX } from '../tryit/share.ts';
import { expect, panelRequests, test } from './fixtures.ts';
import { answer, open, panel, send, storageRefuses } from './try-it-panel.ts';

// What the panel promises: no request leaves the browser for another host, nothing a reader did is
// lost, nothing planted in storage runs.

const run = promisify(execFile);
const OTHER_KEY = 'test_AAAAAAAAAAAAAAAAAAAA';



test('a page that lost its sandbox worker sends nothing to any other host: site data cleared, the worker stopped, its clients forgotten', async ({ page, context, baseURL, watch }) => {
	const own = new URL(baseURL!).origin;
	const elsewhere: string[] = [];
	const count = (url: string) => /^https?:/.test(url) && new URL(url).origin !== own && elsewhere.push(url);
	context.on('request', (request) => count(request.url()));
	// Nor does one reach the docs' own host: the worker answers every Send.
	const reachedSite: string[] = [];
	page.on('response', (response) => {
		if (response.url().startsWith(`${sandboxRoot(baseURL!)}/`) && !response.fromServiceWorker()) reachedSite.push(response.url());
	});
	// DevTools' own view of the network, the worker's requests included: nothing escapes the count.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	cdp.on('Network.requestWillBeSent', ({ request }) => count(request.url));
	await cdp.send('ServiceWorker.enable');

	await page.goto('en/tasks/');
	const list = await open(page, 'listTasks');
	await expect(await send(list)).toHaveText(/^200 /);

	// DevTools' "Clear site data" without a reload, and the browser stopping the worker.
	await cdp.send('Storage.clearDataForOrigin', { origin: own, storageTypes: 'service_workers' });
	await cdp.send('ServiceWorker.stopAllWorkers');
	await expect(await send(list)).toHaveText(/^200 /);
	expect(((await answer(list)) as unknown[]).length).toBe(2);

	// A stopped worker that starts again without its list of clients (msw keeps it in Cache Storage).
	await cdp.send('Storage.clearDataForOrigin', { origin: own, storageTypes: 'cache_storage' });
	await cdp.send('ServiceWorker.stopAllWorkers');
	const get = await open(page, 'getTask');
	await expect(await send(get)).toHaveText(/^200 /);

	// Both at once, and the worker's script gone from the site for a moment: no worker can start.
	await context.route('**/mockServiceWorker.js', (route) => route.fulfill({ status: 404, body: '' }));
	await cdp.send('Storage.clearDataForOrigin', { origin: own, storageTypes: 'service_workers,cache_storage' });
	await cdp.send('ServiceWorker.stopAllWorkers');
	await expect(await send(list)).toHaveText(/^The sandbox could not start, so nothing was sent\./);
	expect(elsewhere, 'requests to any host but the page’s own').toEqual([]);
	expect(reachedSite, 'Sends that the worker did not answer').toEqual([]);
	// The one failed fetch this journey caused on purpose, and nothing else.
	expect(watch.problems).toEqual([expect.stringMatching(/bad HTTP response code \(404\).*script/)]);
	watch.problems.length = 0;
});

test('the panel sends to the sandbox’s address on the docs’ own site, and shows, samples and keeps the API’s URL', async ({ page, baseURL }) => {
	const sent = panelRequests(page, baseURL!);
	await page.goto('en/tasks/');
	const list = await open(page, 'listTasks');
	await expect(await send(list)).toHaveText(/^200 /);
	expect(sent).toEqual([`${baseURL}sandbox/v1/tasks?api_key=${TEST_KEY}`]);
	await expect(list.locator('.try-it-sample pre[data-language="shell"]')).toContainText(`${BASE_URL}/tasks?api_key=${TEST_KEY}`);
	await list.locator('.try-it-history summary').click();
	await expect(list.locator('.try-it-history li button')).toContainText('GET /v1/tasks 200');
	// The docs' own Sandbox page and its Markdown twin share the folder's name: the site serves them.
	const own = await page.evaluate((base) => Promise.all([`${base}sandbox/`, `${base}sandbox/index.md`].map((url) => fetch(url).then((response) => [response.status, response.headers.get('Content-Type')]))), baseURL!);
	expect(own).toEqual([
		[200, expect.stringMatching(/^text\/html/)],
		[200, expect.stringMatching(/^text\/markdown/)],
	]);
	// A policy that names no other host: the browser itself refuses to send there.
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toMatch(/connect-src 'self';/);
});

/** A history entry as the panel writes one, with `patch` over it. */
const plantedEntry = (patch: Record<string, unknown>) => ({
	at: '2026-01-01T00:00:00.000Z',
	op: 'listTasks',
	method: 'GET',
	url: `${BASE_URL}/tasks?api_key=${TEST_KEY}`,
	params: {},
	requestHeaders: {},
	status: 200,
	statusText: 'OK',
	responseHeaders: [['content-type', 'application/json']],
	responseBody: '[]',
	ms: 3,
	...patch,
});

test('entries planted in session storage run nothing from the exported script, and corrupt ones leave the panel and Export HAR working', async ({ page }) => {
	const without = (name: string) => Object.fromEntries(Object.entries(plantedEntry({})).filter(([key]) => key !== name));
	const planted = [
		plantedEntry({ method: 'GET; touch planted-method;' }),
		plantedEntry({ at: '2026-01-01T00:00:00.000Z\ntouch planted-at\n' }),
		plantedEntry({ requestHeaders: { "X-A'; touch planted-header; '": 'v' }, url: `${BASE_URL}/tasks?api_key=${TEST_KEY}&x=$(touch planted-url)` }),
		plantedEntry({ url: 'not a url' }),
		plantedEntry({ url: 'https://elsewhere.example/v1/tasks' }),
		plantedEntry({ status: 200.5 }),
		plantedEntry({ op: 'createTask' }),
		without('responseHeaders'),
		'not an entry',
		null,
	];
	await page.goto('en/tasks/');
	await page.evaluate(([name, entries]) => sessionStorage.setItem(name, JSON.stringify(entries)), [`workersai-history:${TEST_KEY}`, planted] as const);
	await page.reload();
	const list = await open(page, 'listTasks');
	const history = list.locator('.try-it-history');
	await history.locator('summary').click();
	await expect(history.locator('li')).toHaveText(/Nothing sent yet/);
	await expect(await send(list)).toHaveText(/^200 /);
	await expect(history.locator('li button')).toHaveCount(1);

	const [harDownload] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export as HAR' }).click()]);
	const har = JSON.parse(await readFile((await harDownload.path())!, 'utf8'));
	await validateHar(har);
	expect(har.log.entries).toHaveLength(1);

	const [scriptDownload] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export as a curl script' }).click()]);
	const folder = await mkdtemp(join(tmpdir(), 'replay-'));
	const sandbox = await startSandboxServer({ port: 0, log: () => {} });
	try {
		const { stdout } = await run('sh', [(await scriptDownload.path())!, `${sandbox.url}/v1`], { cwd: folder });
		expect(stdout.trim().split('\n').filter((line) => /^\d{3}$/.test(line))).toEqual(['200']);
		expect(await readdir(folder), 'files the script created').toEqual([]);
	} finally {
		await sandbox.close();
		await rm(folder, { recursive: true });
	}
});

for (const [name, typed] of [
	['a zero-width space', `\u200Blive_AAAAAAAAAAAAAAAAAAAA`],
	['a word joiner', `\u2060live_AAAAAAAAAAAAAAAAAAAA`],
	['a right-to-left mark inside', `li\u200Fve_AAAAAAAAAAAAAAAAAAAA`],
	['text before it', `test_AAAAAAAAAAAAAAAAAAAA live_AAAAAAAAAAAAAAAAAAAA`],
] as const) {
	test(`a live key behind ${name} is refused before sending, and kept nowhere`, async ({ page, baseURL }) => {
		const sent = panelRequests(page, baseURL!);
		await page.goto('en/tasks/');
		const list = await open(page, 'listTasks');
		await list.locator('input[name="api_key"]').fill(typed);
		await list.locator('.try-it-send').click();
		await expect(list.locator('.try-it-status')).toHaveText(/Live keys never belong in a documentation page/);
		expect(sent).toEqual([]);
		// Leaving the page keeps the draft: it holds no live key either.
		await page.goto('en/');
		const kept = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
		expect(kept.toLowerCase()).not.toContain('live_');
	});
}

test('the history keeps no key of another shape than the API’s', async ({ page }) => {
	await page.goto('en/tasks/');
	const list = await open(page, 'listTasks');
	await list.locator('.try-it-history summary').click();
	for (const key of ['test_short', '<img src=x>']) {
		await list.locator('input[name="api_key"]').fill(key);
		await expect(await send(list)).toHaveText(/^401 /);
		await expect(list.locator('.try-it-history li')).toHaveText(/Nothing sent yet/);
	}
});

test('with session storage full of history, answered tasks survive a reload: the sandbox’s state comes first', async ({ page }) => {
	await page.goto('en/tasks/');
	// Fill the tab's storage with a history of large answers, as list responses once did.
	await page.evaluate((entry) => {
		for (let size = 1 << 20, n = 0; size >= 256; ) {
			const key = `test_${String(n).padStart(20, '0')}`;
			try {
				sessionStorage.setItem(`workersai-history:${key}`, JSON.stringify([{ ...entry, url: entry.url.replace(/api_key=.*/, `api_key=${key}`), responseBody: 'x'.repeat(size) }]));
				n++;
			} catch {
				size >>= 1;
			}
		}
	}, plantedEntry({}));
	const create = await open(page, 'createTask');
	const created: string[] = [];
	for (let round = 0; round < 5; round++) {
		await expect(await send(create)).toHaveText(/^200 /);
		created.push(((await answer(create)) as { external_id: string }).external_id);
	}
	await expect(create.locator('.try-it-notice')).not.toContainText('could not keep');
	await page.reload();
	const list = await open(page, 'listTasks');
	await expect(await send(list)).toHaveText(/^200 /);
	const ids = ((await answer(list)) as { external_id: string }[]).map((task) => task.external_id);
	expect(ids.slice(0, 5)).toEqual(created.reverse());
});

test('when the sandbox’s state cannot be saved, the reader is told a reload would lose it', async ({ page }) => {
	await storageRefuses(page, 'workersai-sandbox:');
	await page.goto('en/tasks/');
	const create = await open(page, 'createTask');
	await expect(await send(create)).toHaveText(/^200 /);
	await expect(create.locator('.try-it-notice')).toHaveText(/could not keep the sandbox's tasks: a reload will lose this change/);
});

test('a history stays within its size: long answers are cut and the oldest go, and the export says so', async ({ page }) => {
	await page.goto('en/tasks/');
	const create = await open(page, 'createTask');
	await create.getByRole('button', { name: 'JSON', exact: true }).click();
	// Each request and its answer carry 15 KB of metadata.
	await create.locator('textarea[name="body"]').fill(JSON.stringify({ ...createTaskExample, metadata: { pad: 'x'.repeat(15_000) } }));
	for (let round = 0; round < 10; round++) await expect(await send(create)).toHaveText(/^200 /);
	// The list answers with all of them: 150 KB.
	await expect(await send(await open(page, 'listTasks'))).toHaveText(/^200 /);
	const size = await page.evaluate(() => Object.entries(sessionStorage).filter(([name]) => name.startsWith('workersai-history:')).reduce((sum, [, value]) => sum + value.length, 0));
	expect(size).toBeLessThanOrEqual(256 * 1024);
	const history = create.locator('.try-it-history');
	await history.locator('summary').click();
	const kept = await history.locator('li button').count();
	expect(kept).toBeGreaterThan(0);
	expect(kept).toBeLessThan(11);
	const [harDownload] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export as HAR' }).click()]);
	const har = JSON.parse(await readFile((await harDownload.path())!, 'utf8'));
	await validateHar(har);
	expect(har.log.entries.at(-1).response.content.comment).toMatch(/Cut short/);
});

test('a key the reader typed comes back after a reload, and with it the history of that key', async ({ page }) => {
	await page.goto('en/tasks/');
	let list = await open(page, 'listTasks');
	await list.locator('input[name="api_key"]').fill(OTHER_KEY);
	await expect(await send(list)).toHaveText(/^200 /);
	await page.reload();
	list = await open(page, 'listTasks');
	await expect(list.locator('input[name="api_key"]')).toHaveValue(OTHER_KEY);
	await list.locator('.try-it-history summary').click();
	await expect(list.locator('.try-it-history li button')).toHaveCount(1);
	await expect(list.locator('.try-it-sample pre[data-language="shell"]')).toContainText(OTHER_KEY);
});

test('a share link landing on a panel that holds a draft offers the draft back in one step', async ({ page }) => {
	await page.goto('en/tasks/');
	let root = await open(page, 'createTask');
	await expect(await send(root)).toHaveText(/^200 /);
	await root.locator('[data-body="instruction"]').fill('My own draft');
	await root.locator('input[name="api_key"]').fill(OTHER_KEY);
	const link = SHARE_PREFIX + deflateRawSync(Buffer.from(JSON.stringify({ v: 1, op: 'createTask', params: {}, body: JSON.stringify({ ...createTaskExample, instruction: 'From the link' }) }))).toString('base64url');
	await page.goto('en/');
	await page.goto(`en/tasks/${link}`);
	root = panel(page, 'createTask');
	await expect(root.locator('[data-body="instruction"]')).toHaveValue('From the link');
	await expect(root.locator('.try-it-notice')).toContainText('Opened from a link');
	await root.getByRole('button', { name: 'Put back what you had typed' }).click();
	await expect(root.locator('[data-body="instruction"]')).toHaveValue('My own draft');
	await expect(root.locator('input[name="api_key"]')).toHaveValue(OTHER_KEY);
	// And it is the draft again after a reload.
	await page.reload();
	root = await open(page, 'createTask');
	await expect(root.locator('[data-body="instruction"]')).toHaveValue('My own draft');
});

test('a reload while the sandbox’s worker installs keeps the panel the reader opens next: the page does not reload itself', async ({ page, context, baseURL }) => {
	// The worker's install held until the test lets it go, as on a slow machine.
	const hold = Promise.withResolvers<void>();
	const held = Promise.withResolvers<void>();
	await context.route('**/install-held', async (route) => {
		held.resolve();
		await hold.promise;
		await route.fulfill({ status: 204 });
	});
	await context.route('**/mockServiceWorker.js', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, body: `self.addEventListener('install', (event) => event.waitUntil(fetch('${baseURL}install-held')));\n${await response.text()}` });
	});
	// Set once this page has looked up the worker's registration: where msw would reload it.
	await page.addInitScript(() => {
		const container = ServiceWorkerContainer.prototype;
		for (const name of ['getRegistration', 'getRegistrations'] as const) {
			const original = container[name] as (...args: unknown[]) => Promise<unknown>;
			async function looked(this: ServiceWorkerContainer, ...args: unknown[]) {
				const found = await original.apply(this, args);
				Object.assign(window, { lookedForWorker: true });
				return found;
			}
			Object.assign(container, { [name]: looked });
		}
	});
	await page.goto('en/tasks/');
	await open(page, 'createTask');
	await held.promise;

	const loads: string[] = [];
	page.on('load', () => loads.push(page.url()));
	await page.reload();
	const root = await open(page, 'createTask');
	await page.waitForFunction(() => 'lookedForWorker' in window);
	hold.resolve();
	await expect(await send(root)).toHaveText(/^200 /);
	expect(loads, 'pages loaded after the reader’s one reload').toHaveLength(1);
});
