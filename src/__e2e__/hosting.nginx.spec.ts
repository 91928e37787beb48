import { readFile } from 'node:fs/promises';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { builtFiles } from '../site/built-files.ts';
import { contentType } from '../site/content-types.ts';
import { HEADERS_FILE, NGINX_FILE, REDIRECTS_FILE } from '../site/host-files.ts';
import { metaPolicy } from '../site/inline-script-hashes.ts';
import { CACHE_CONTROL, SITE_HEADERS } from '../site/security-headers.ts';
import { locales } from './fixtures.ts';
import { expect, test } from './nginx.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let listing: Promise<{ served: string[]; pages: string[] }> | undefined;

/** The built site's files, read when the first journey needs them, so that listing the journeys needs no build. */
function builtSite() {
	listing ??= builtFiles(dist).then((files) => {
		// What the site serves: not the precompressed copies, nor what its hosts read.
		const served = files.filter((file) => !/\.(br|gz)$/.test(file) && ![HEADERS_FILE, NGINX_FILE, REDIRECTS_FILE].includes(file));
		return { served, pages: served.filter((file) => file.endsWith('.html')) };
	});
	return listing;
}

const urlPath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const TEXT = /\.(html|js|css|json|svg|txt|md|xml)$/;

interface Answer {
	status: number;
	headers: IncomingHttpHeaders;
	/** Every header line as sent, to tell one header from two joined. */
	lines: [string, string][];
	body: Buffer;
}

/** A request as plain as curl's: no decoding, nothing added but the headers given. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
	return new Promise((resolve, reject) => {
		request(url, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				const raw = response.rawHeaders;
				const lines = raw.flatMap((name, index) => (index % 2 ? [] : [[name.toLowerCase(), raw[index + 1]!] as [string, string]]));
				resolve({ status: response.statusCode!, headers: response.headers, lines, body: Buffer.concat(chunks) });
			});
		})
			.on('error', reject)
			.end();
	});
}

/** The one value of a header; fails if it is missing or sent twice. */
function only(answer: Answer, name: string): string {
	const values = answer.lines.filter(([line]) => line === name.toLowerCase()).map(([, value]) => value);
	expect(values, `${name}, sent once`).toHaveLength(1);
	return values[0]!;
}

function expectSiteHeaders(answer: Answer, what: string) {
	for (const [name, value] of Object.entries(SITE_HEADERS)) expect(only(answer, name), `${name} of ${what}`).toBe(value);
}

test('every page is sent with exactly its own policy, frame-ancestors, the site headers and no-cache', async ({ baseURL }) => {
	const { pages } = await builtSite();
	expect(pages.length).toBeGreaterThan(10);
	for (const file of pages) {
		const answer = await get(new URL(urlPath(file).slice(1), baseURL).href);
		// The not-found pages are not found by their own paths either (a journey below).
		expect(answer.status, file).toBe(/(^|\/)404\.html$/.test(file) ? 404 : 200);
		const policy = metaPolicy(answer.body.toString('utf8'));
		expect(only(answer, 'Content-Security-Policy'), file).toBe(`${policy.replace(/[\s;]+$/, '')}; frame-ancestors 'none'`);
		expect(only(answer, 'Cache-Control'), file).toBe('no-cache');
		expectSiteHeaders(answer, file);
	}
});

test('a miss shows the 404 page, with status 404, under that page’s policy and nothing blocked', async ({ page, watch }) => {
	const response = await page.goto('no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('404');
	const policy = metaPolicy(await readFile(join(dist, '404.html'), 'utf8'));
	expect(await response?.headerValue('content-security-policy')).toBe(`${policy.replace(/[\s;]+$/, '')}; frame-ancestors 'none'`);
	expect(await response?.headerValue('cache-control')).toBe('no-cache');
	// Chromium reports the 404 of the page itself; that status is what this journey asks for.
	const reported = watch.problems.filter((problem) => /status of 404/.test(problem));
	expect(reported).toHaveLength(1);
	watch.problems.splice(watch.problems.indexOf(reported[0]!), 1);
});

test('a miss under /en/ shows the English 404 page, with status 404', async ({ page, watch }) => {
	const response = await page.goto('en/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('404');
	await expect(page.locator('main')).toContainText('This page does not exist');
	const policy = metaPolicy(await readFile(join(dist, 'en/404.html'), 'utf8'));
	expect(await response?.headerValue('content-security-policy')).toBe(`${policy.replace(/[\s;]+$/, '')}; frame-ancestors 'none'`);
	const reported = watch.problems.filter((problem) => /status of 404/.test(problem));
	expect(reported).toHaveLength(1);
	watch.problems.splice(watch.problems.indexOf(reported[0]!), 1);
});

test('no not-found page answers 200: a miss in each locale, and the not-found pages asked for by their own paths', async ({ baseURL }) => {
	const notFound = [...locales.map(({ prefix }) => `${prefix}no-such-page/`), ...locales.map(({ prefix }) => `${prefix}404/`), 'en/404/index.html', '404.html', 'en/404.html'];
	for (const path of notFound) {
		const answer = await get(new URL(path, baseURL).href);
		expect(answer.status, path).toBe(404);
		const lang = path.startsWith('en/') ? 'en' : 'ko';
		expect(answer.body.toString('utf8'), `${path}: the not-found page of its locale`).toMatch(new RegExp(`<html lang="${lang}"[^>]*>[\\s\\S]*<h1[^>]*>404</h1>`));
		expect(only(answer, 'Cache-Control'), path).toBe('no-cache');
	}
});

test('every file is sent with the content type the site promises: the twins as Markdown, llms.txt as plain text', async ({ baseURL }) => {
	const { pages, served } = await builtSite();
	const twin = await get(new URL('en/tasks/index.md', baseURL).href, { 'Accept-Encoding': 'br' });
	expect(only(twin, 'Content-Type')).toBe('text/markdown; charset=utf-8');
	for (const file of ['llms.txt', 'en/llms.txt', 'llms-full.txt']) expect(only(await get(new URL(file, baseURL).href), 'Content-Type'), file).toBe('text/plain; charset=utf-8');
	// What each page's head announces is what its twin is sent as.
	for (const file of pages) {
		const html = (await readFile(join(dist, file), 'utf8'));
		const link = /<link rel="alternate" type="([^"]+)" href="\/([^"]+)">/.exec(html);
		if (!link) continue;
		expect(only(await get(new URL(link[2]!, baseURL).href), 'Content-Type').split(';')[0], `${file} announces ${link[2]}`).toBe(link[1]);
	}
	for (const file of served) {
		for (const encoding of ['identity', 'br', 'gzip']) {
			expect(only(await get(new URL(file, baseURL).href, { 'Accept-Encoding': encoding }), 'Content-Type'), `${file} (${encoding})`).toBe(contentType(file));
		}
	}
});

test('Chromium knows every feature of the Permissions-Policy, and warns of none', async ({ page }) => {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (/permissions.policy/i.test(message.text())) warnings.push(`${message.type()}: ${message.text()}`);
	});
	for (const { prefix } of locales) {
		const response = await page.goto(`${prefix}tasks/`);
		const named = (await response!.headerValue('permissions-policy'))!.split(',').map((entry) => entry.trim().split('=')[0]!);
		expect(named.length).toBeGreaterThan(10);
		const known = await page.evaluate(() => (document as Document & { featurePolicy: { features(): string[] } }).featurePolicy.features());
		expect(named.filter((feature) => !known.includes(feature)), 'features Chromium does not know').toEqual([]);
	}
	expect(warnings).toEqual([]);
});

test('a page of another origin that frames the site gets nothing shown', async ({ page, baseURL, watch }) => {
	const target = new URL('en/tasks/', baseURL).href;
	// A real server on loopback: Chromium keeps a page it cannot place on the network from framing loopback at all.
	const framing = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!DOCTYPE html><title>Framing</title><iframe src="${target}"></iframe>`));
	await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve));
	try {
		const served = page.waitForResponse(target);
		const refused = page.waitForEvent('requestfailed', (request) => request.url() === target);
		await page.goto(`http://localhost:${(framing.address() as AddressInfo).port}/`);
		expect((await served).status(), 'nginx answers').toBe(200);
		expect((await refused).failure()?.errorText, 'the browser refuses what it answered').toBe('net::ERR_BLOCKED_BY_RESPONSE');
		const refusal = watch.problems.findIndex((problem) => problem.includes(`violates the following Content Security Policy directive: "frame-ancestors 'none'"`));
		expect(refusal, 'for frame-ancestors').toBeGreaterThanOrEqual(0);
		watch.problems.splice(refusal, 1);
		await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Tasks' })).toHaveCount(0);
	} finally {
		framing.close();
	}
});

test('every text file comes brotli- or gzip-compressed as asked, the same bytes once decoded', async ({ baseURL }) => {
	const { served } = await builtSite();
	const texts = served.filter((file) => TEXT.test(file));
	expect(texts.length).toBeGreaterThan(30);
	for (const file of texts) {
		const url = new URL(file, baseURL).href;
		const raw = await readFile(join(dist, file));
		const plain = await get(url);
		expect(plain.headers['content-encoding'], file).toBeUndefined();
		expect(plain.body.equals(raw), file).toBe(true);
		const brotli = await get(url, { 'Accept-Encoding': 'br' });
		expect(brotli.headers['content-encoding'], file).toBe('br');
		expect(brotli.headers.vary, file).toBe('Accept-Encoding');
		expect(brotliDecompressSync(brotli.body).equals(raw), file).toBe(true);
		const gzip = await get(url, { 'Accept-Encoding': 'gzip' });
		expect(gzip.headers['content-encoding'], file).toBe('gzip');
		expect(gunzipSync(gzip.body).equals(raw), file).toBe(true);
	}
});

test('the browser is sent brotli', async ({ page }) => {
	const response = await page.goto('en/tasks/');
	expect(await response?.headerValue('content-encoding')).toBe('br');
});

test('hashed assets are cached for good; the worker, the index and every other file are asked for again', async ({ baseURL }) => {
	const { served } = await builtSite();
	for (const file of served.filter((name) => !name.endsWith('.html'))) {
		const answer = await get(new URL(file, baseURL).href);
		expect(answer.status, file).toBe(200);
		expect(only(answer, 'Cache-Control'), file).toBe(file.startsWith('_astro/') ? CACHE_CONTROL.immutable : 'no-cache');
		expectSiteHeaders(answer, file);
	}
	expect(only(await get(new URL('mockServiceWorker.js', baseURL).href), 'Cache-Control')).toBe('no-cache');
	// A miss is never cached for good, even where the hashed assets live.
	for (const path of ['_astro/missing.js', '_astro/']) {
		const missing = await get(new URL(path, baseURL).href);
		expect(missing.status, path).toBe(404);
		expect(only(missing, 'Cache-Control'), path).toBe('no-cache');
	}
});

test('the host files are not served', async ({ baseURL }) => {
	for (const file of [HEADERS_FILE, NGINX_FILE, REDIRECTS_FILE]) expect((await get(new URL(file, baseURL).href)).status, file).toBe(404);
});

test('Try it answers and copies under the header policy', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-write']);
	await page.goto('en/tasks/');
	const list = page.locator('try-it[data-operation="listTasks"]');
	await list.locator('summary').click();
	await list.locator('.try-it-send').click();
	await expect(list.getByRole('status')).toHaveText(/^200 OK/);
	await list.locator('.try-it-sample:visible .try-it-copy').click();
	await expect(list.locator('.try-it-sample:visible .try-it-copy')).toHaveText('Copied');
});

test('search finds a page under the header policy', async ({ page }) => {
	await page.goto('en/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.locator('.pagefind-ui__search-input').fill('callback');
	const first = page.locator('.pagefind-ui__result-link').first();
	await expect(first).toBeVisible();
	await first.click();
	await expect(page).toHaveURL(/\/en\/callbacks\//);
});
