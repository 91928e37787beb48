import type { Browser, Page, Request } from '@playwright/test';
import { bufferedPaints } from '../../src/site/paint-entries.ts';
import { pageClock, readRendering, recordRendering, type Heading } from './render-in-page.ts';
import { blockingTime, longTaskTime } from './stats.ts';

export const VIEWPORT = { width: 1280, height: 800 };
/** The page is quiet after this long with no request in flight, no network and no long task… */
export const QUIET_MS = 1_000;
/** …or, at the latest, this long after its load event. */
export const QUIET_CAP_MS = 10_000;
const NAVIGATION_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

/** The one origin a measured page may use; anything else is blocked by the browser and counted. */
export const LOCAL_HOST = '127.0.0.1';

export interface RenderTarget {
	/** How the tables name it: `/en/tasks/`, `redoc`. */
	name: string;
	url: string;
	/** The first operation heading, on pages that have one. */
	heading: Heading | null;
}

export interface RenderConditions {
	/** CPU slowdown, as DevTools applies it: 4 runs the page's main thread four times slower. */
	cpuRate: number;
	javascript: boolean;
}

/** One load of one page, all times in ms from navigation start. */
export interface RenderRun {
	lcp: number | null;
	fcp: number | null;
	load: number | null;
	/** Null with JavaScript disabled: no long task can be observed, and none can run. */
	tbt: number | null;
	tbtAfterFcp: number | null;
	longTasks: number | null;
	/** The long tasks' whole durations, added up: how long the main thread was held in tasks over 50 ms. */
	longTaskTime: number | null;
	/** CDP Performance.getMetrics: RecalcStyleDuration, LayoutDuration and ScriptDuration, in ms. */
	style: number;
	layout: number;
	script: number;
	domElements: number;
	headingVisible: number | null;
	/** Whether the page went quiet before the cap. */
	quiet: boolean;
	/** Requests to any host but 127.0.0.1, which fail at once. */
	blocked: string[];
	/** Paths of what the page loaded from 127.0.0.1, and how the browser used each. */
	loaded: { path: string; type: string }[];
}

const isNetwork = (request: Request) => /^https?:/.test(request.url());

/** Requests in flight, the last network activity, and what went where. */
function watchNetwork(page: Page) {
	const network = { inFlight: 0, lastActivity: Date.now(), blocked: [] as string[], loaded: [] as { path: string; type: string }[] };
	page.on('request', (request) => {
		if (!isNetwork(request)) return;
		network.inFlight++;
		network.lastActivity = Date.now();
		const url = new URL(request.url());
		if (url.hostname === LOCAL_HOST) network.loaded.push({ path: url.pathname, type: request.resourceType() });
		else network.blocked.push(request.url());
	});
	const settled = (request: Request) => {
		if (!isNetwork(request)) return;
		network.inFlight = Math.max(0, network.inFlight - 1);
		network.lastActivity = Date.now();
	};
	page.on('requestfinished', settled);
	page.on('requestfailed', settled);
	return network;
}

/** Waits until nothing is in flight and neither network nor main thread has been busy for QUIET_MS; false at the cap. */
async function waitForQuiet(page: Page, network: ReturnType<typeof watchNetwork>, javascript: boolean): Promise<boolean> {
	const cap = Date.now() + QUIET_CAP_MS;
	for (;;) {
		const networkQuiet = network.inFlight === 0 && Date.now() - network.lastActivity >= QUIET_MS;
		const clock = javascript ? await page.evaluate(pageClock) : null;
		const mainThreadQuiet = !clock || clock.now - clock.lastLongTaskEnd >= QUIET_MS;
		if (networkQuiet && mainThreadQuiet) return true;
		if (Date.now() > cap) return false;
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
}

/** Loads the page in a fresh context (empty cache) under the given conditions and measures it once it is quiet. */
export async function measureRender(browser: Browser, target: RenderTarget, { cpuRate, javascript }: RenderConditions): Promise<RenderRun> {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, javaScriptEnabled: javascript });
	try {
		// With JavaScript disabled the page records nothing itself; its paint entries stay in the buffer.
		if (javascript) await context.addInitScript(recordRendering, target.heading);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
		const network = watchNetwork(page);
		await page.goto(target.url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
		const quiet = await waitForQuiet(page, network, javascript);
		const figures = { ...(await page.evaluate(readRendering)), ...(await page.evaluate(bufferedPaints, undefined)) };
		const { metrics } = await cdp.send('Performance.getMetrics');
		const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? 0) * 1000;
		const longTasks = figures.longTasks;
		return {
			lcp: figures.lcp,
			fcp: figures.fcp,
			load: figures.load,
			tbt: longTasks && blockingTime(longTasks),
			tbtAfterFcp: longTasks && figures.fcp !== null ? blockingTime(longTasks, figures.fcp) : null,
			longTasks: longTasks?.length ?? null,
			longTaskTime: longTasks && longTaskTime(longTasks),
			style: metric('RecalcStyleDuration'),
			layout: metric('LayoutDuration'),
			script: metric('ScriptDuration'),
			domElements: figures.domElements,
			headingVisible: figures.headingVisible,
			quiet,
			blocked: network.blocked,
			loaded: network.loaded,
		};
	} finally {
		await context.close();
	}
}
