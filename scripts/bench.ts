/**
 * npm run bench: builds the site, serves it, and measures in Chromium what the sandbox costs.
 * Prints medians; run it on a quiet machine and compare figures from one run only.
 */
import { spawn, execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { allPagePaths } from '../src/site/pages.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const PORT = 4399;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = allPagePaths;
const COLD_RUNS = 7;
const WARM_SENDS = 50;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function scriptBytes(page: Page, action: () => Promise<unknown>): Promise<{ total: number; files: Map<string, number> }> {
	const files = new Map<string, number>();
	const pending: Promise<void>[] = [];
	const onResponse = (response: import('@playwright/test').Response) => {
		const url = response.url();
		if (!url.startsWith(ORIGIN) || !/\.m?js(\?|$)/.test(url)) return;
		pending.push(response.body().then((body) => void files.set(url.slice(ORIGIN.length), gzipSync(body).length)).catch(() => {}));
	};
	page.on('response', onResponse);
	await action();
	await Promise.all(pending);
	page.off('response', onResponse);
	return { total: [...files.values()].reduce((sum, size) => sum + size, 0), files };
}

/** Time from the click on Send to the answer's status line, measured inside the page. */
async function timedSend(page: Page, operation: string): Promise<number> {
	return page.evaluate(async (operation) => {
		const root = document.querySelector(`try-it[data-operation="${operation}"]`)!;
		const status = root.querySelector('.try-it-status')!;
		status.textContent = '';
		const done = new Promise<number>((resolve) => {
			const observer = new MutationObserver(() => {
				if (/^\d{3} /.test(status.textContent ?? '')) {
					observer.disconnect();
					resolve(performance.now());
				}
			});
			observer.observe(status, { childList: true, characterData: true, subtree: true });
		});
		const started = performance.now();
		(root.querySelector('.try-it-send') as HTMLButtonElement).click();
		return (await done) - started;
	}, operation);
}

async function main() {
	const buildStarted = performance.now();
	execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
	const buildSeconds = (performance.now() - buildStarted) / 1000;

	const preview = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'], { stdio: 'ignore', detached: true });
	let browser: Browser | undefined;
	try {
		for (let attempt = 0; ; attempt++) {
			try {
				if ((await fetch(ORIGIN)).ok) break;
			} catch {
				if (attempt > 100) throw new Error('preview did not start');
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		}
		browser = await chromium.launch(chromiumLaunchOptions);

		console.log(`build: ${buildSeconds.toFixed(1)} s\n`);
		console.log('JavaScript before interaction (gzip)');
		console.log('page                 total     of which Try it bootstrap');
		for (const slug of PAGES) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const { total, files } = await scriptBytes(page, async () => {
				await page.goto(`${ORIGIN}/${slug}`, { waitUntil: 'networkidle' });
			});
			const bootstrap = [...files].filter(([url]) => /TryIt/.test(url)).reduce((sum, [, size]) => sum + size, 0);
			console.log(`/${slug.padEnd(19)} ${kb(total).padStart(8)}   ${bootstrap ? kb(bootstrap) : '-'}`);
			await context.close();
		}

		const cold: number[] = [];
		let firstSendBytes = 0;
		for (let run = 0; run < COLD_RUNS; run++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${ORIGIN}/en/tasks/`, { waitUntil: 'networkidle' });
			const { total } = await scriptBytes(page, async () => {
				// A reader opens the panel and clicks Send at once: the worker is not started yet.
				await page.locator('try-it[data-operation="listTasks"] summary').click();
				cold.push(await timedSend(page, 'listTasks'));
				await page.waitForLoadState('networkidle');
			});
			firstSendBytes = total;
			if (run === COLD_RUNS - 1) {
				const warm: number[] = [];
				for (let send = 0; send < WARM_SENDS; send++) warm.push(await timedSend(page, 'listTasks'));
				console.log(`\nwhat opening a panel and the first Send load (gzip): ${kb(firstSendBytes)}`);
				console.log(`first Send to rendered answer, cold (worker not started), median of ${COLD_RUNS}: ${median(cold).toFixed(0)} ms  (target < 800 ms)`);
				console.log(`later Sends, warm, median of ${WARM_SENDS}: ${median(warm).toFixed(1)} ms  (target < 30 ms)`);
			}
			await context.close();
		}
	} finally {
		await browser?.close();
		process.kill(-preview.pid!, 'SIGTERM');
	}
}

await main();
