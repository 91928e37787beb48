import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from '@playwright/test';
import { allPagePaths } from '../../src/site/pages.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { sizeOf } from './file-sizes.ts';
import { kb } from './format.ts';
import type { StaticServer } from './static-server.ts';

/** The gzip size of every script a page loads from `site` while `action` runs, by path. */
export async function scriptBytes(page: Page, site: StaticServer, action: () => Promise<unknown>): Promise<{ total: number; files: Map<string, number> }> {
	const files = new Map<string, number>();
	const pending: Promise<void>[] = [];
	const onResponse = (response: Response) => {
		const url = new URL(response.url());
		if (url.origin !== site.origin || !/\.m?js$/.test(url.pathname)) return;
		// The server sends each file as it is: its size is the file's, gzipped once per file.
		pending.push(site.fileFor(url.pathname).then((file) => void (file && files.set(url.pathname, sizeOf(file).gzip))));
	};
	page.on('response', onResponse);
	await action();
	await Promise.all(pending);
	page.off('response', onResponse);
	return { total: [...files.values()].reduce((sum, size) => sum + size, 0), files };
}

/** The gzip size of the scripts written into the page itself, compressed together as they travel inside the HTML. */
async function inlineScriptBytes(page: Page): Promise<number> {
	const sources = await page.$$eval('script:not([src])', (scripts) =>
		scripts.filter((script) => !/json/.test(script.getAttribute('type') ?? '')).map((script) => script.textContent ?? ''),
	);
	return sources.length ? gzipSync(sources.join('\n')).length : 0;
}

/** The JavaScript each page loads before a reader does anything, and how much of it is the Try it bootstrap. */
export async function weightSection(site: StaticServer): Promise<void> {
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		console.log('JavaScript before interaction (gzip): files loaded, and scripts inline in the HTML');
		console.log('page                 files     of which Try it bootstrap   inline');
		for (const path of allPagePaths) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const { total, files } = await scriptBytes(page, site, async () => {
				await page.goto(`${site.origin}/${path}`, { waitUntil: 'networkidle' });
			});
			const bootstrap = [...files].filter(([url]) => /TryIt/.test(url)).reduce((sum, [, size]) => sum + size, 0);
			const inline = await inlineScriptBytes(page);
			console.log(`/${path.padEnd(19)} ${kb(total).padStart(8)}   ${(bootstrap ? kb(bootstrap) : '-').padEnd(24)} ${kb(inline).padStart(7)}`);
			await context.close();
		}
	} finally {
		await browser.close();
	}
}
