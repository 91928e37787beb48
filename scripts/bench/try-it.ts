import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.ts';
import { kb } from './format.ts';
import { median } from './stats.ts';
import type { StaticServer } from './static-server.ts';
import { scriptBytes } from './weight.ts';

const COLD_RUNS = 7;
const WARM_SENDS = 50;
const KEYSTROKES = 50;

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

/**
 * From a keystroke (the keydown's own timestamp) to the first frame that shows the rule it breaks:
 * the reader empties the instruction, and the panel says it must not be empty.
 */
async function keystrokesToMessage(page: Page): Promise<number[]> {
	const root = page.locator('try-it[data-operation="createTask"]');
	await root.locator('summary').click();
	const instruction = root.locator('[data-body="instruction"]');
	await instruction.fill('x');
	const times: number[] = [];
	for (let stroke = 0; stroke < KEYSTROKES; stroke++) {
		await page.evaluate(() => {
			const rule = document.querySelector('try-it[data-operation="createTask"] [data-rule="instruction"]')!;
			let pressed = 0;
			addEventListener('keydown', (event) => (pressed = event.timeStamp), { once: true, capture: true });
			(window as unknown as { shown: Promise<number> }).shown = new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					if (!rule.textContent) return;
					observer.disconnect();
					requestAnimationFrame(() => resolve(performance.now() - pressed));
				});
				observer.observe(rule, { childList: true, characterData: true, subtree: true });
			});
		});
		await instruction.press('Backspace');
		times.push(await page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown));
		await instruction.press('x');
		await page.waitForFunction(() => !document.querySelector('try-it[data-operation="createTask"] [data-rule="instruction"]')!.textContent);
	}
	return times;
}

/** What the first Send costs a reader on a fresh page (the sandbox's worker not started), and what later Sends cost. */
export async function tryItSection(site: StaticServer): Promise<void> {
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		const cold: number[] = [];
		let firstSendBytes = 0;
		for (let run = 0; run < COLD_RUNS; run++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${site.origin}/en/tasks/`, { waitUntil: 'networkidle' });
			const { total } = await scriptBytes(page, site, async () => {
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
				console.log(`first Send to rendered answer, cold (worker not started), median of ${COLD_RUNS}: ${median(cold).toFixed(0)} ms  (target < 500 ms)`);
				console.log(`later Sends, warm, median of ${WARM_SENDS}: ${median(warm).toFixed(1)} ms  (target < 20 ms)`);
				const strokes = await keystrokesToMessage(page);
				console.log(`keystroke to the frame showing its rule's message, median of ${KEYSTROKES}: ${median(strokes).toFixed(1)} ms  (target < 16 ms)`);
			}
			await context.close();
		}
	} finally {
		await browser.close();
	}
}
