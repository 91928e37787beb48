import type { Size } from './file-sizes.ts';
import { printTable, times, whole } from './format.ts';
import type { RenderRun } from './render-run.ts';
import { medianOfMeasured } from './stats.ts';

/** A run with the sizes of what it loaded, as the tables use it. */
export interface SizedRun extends RenderRun {
	scriptBytes: Size;
	allBytes: Size;
}

/** The medians of one page's runs under one set of conditions. */
export interface Medians {
	lcp: number | null;
	fcp: number | null;
	tbt: number | null;
	tbtAfterFcp: number | null;
	longTaskTime: number | null;
	style: number | null;
	layout: number | null;
	styleAndLayout: number | null;
	domElements: number | null;
	headingVisible: number | null;
	blocked: number | null;
	scriptGzip: number | null;
	allGzip: number | null;
}

export function medians(runs: readonly SizedRun[]): Medians {
	const of = (pick: (run: SizedRun) => number | null) => medianOfMeasured(runs.map(pick));
	return {
		lcp: of((run) => run.lcp),
		fcp: of((run) => run.fcp),
		tbt: of((run) => run.tbt),
		tbtAfterFcp: of((run) => run.tbtAfterFcp),
		longTaskTime: of((run) => run.longTaskTime),
		style: of((run) => run.style),
		layout: of((run) => run.layout),
		styleAndLayout: of((run) => run.style + run.layout),
		domElements: of((run) => run.domElements),
		headingVisible: of((run) => run.headingVisible),
		blocked: of((run) => run.blocked.length),
		scriptGzip: of((run) => run.scriptBytes.gzip),
		allGzip: of((run) => run.allBytes.gzip),
	};
}

export interface PageSummary {
	name: string;
	html: Size;
	withScripts: Medians;
	/** The same page with JavaScript disabled: what a static page cannot beat. */
	floor: Medians;
}

export interface PeerSummary {
	name: string;
	/** A peer's package and version, or what a reference page is. */
	release: string;
	html: Size;
	withScripts: Medians;
}

/** Our endpoint page's goals beside the peers: a quarter of the fastest peer's LCP, and 600 ms on a 4x slower CPU. */
const PEER_LCP_RATIO_TARGET = 0.25;
const LCP_TARGET = { cpuRate: 4, ms: 600 };
/** The first screen in one paint: the largest element no later than 1.5x the first paint. */
const LCP_OVER_FCP_TARGET = 1.5;
/** On a 4x slower CPU, no more than 1.5x the LCP of Starlight's lightest page, measured in the same rounds. */
const CHROME_LCP_TARGET = { cpuRate: 4, ratio: 1.5 };

const kib = (bytes: number | null) => (bytes === null ? '-' : (bytes / 1024).toFixed(1));

export function printRenderTable(cpuRate: number, runs: number, pages: readonly PageSummary[]): void {
	console.log(`\nrendering at ${cpuRate}x CPU: medians of ${runs} run${runs === 1 ? '' : 's'}, ms unless noted`);
	console.log('floor: the same page with JavaScript disabled; s+l: style + layout; TBT>FCP: blocking time after first contentful paint; long: long tasks in full');
	printTable(
		['page', 'LCP', 'floor', 'LCP/floor', 'TBT', 'TBT>FCP', 'long', 'style', 'layout', 'floor s+l', 'DOM', 'HTML KB', 'gzip KB', 'blocked'],
		pages.map(({ name, html, withScripts: page, floor }) => [
			name,
			whole(page.lcp),
			whole(floor.lcp),
			times(page.lcp, floor.lcp),
			whole(page.tbt),
			whole(page.tbtAfterFcp),
			whole(page.longTaskTime),
			whole(page.style),
			whole(page.layout),
			whole(floor.styleAndLayout),
			whole(page.domElements),
			kib(html.raw),
			kib(html.gzip),
			whole(page.blocked),
		]),
	);
}

/**
 * Our endpoint pages beside the peers, and how our LCP compares with the fastest peer's. The
 * references (floors such as a bare HTML page) are rows of the table, never the fastest peer.
 */
/** The name of the reference that stands for Starlight's lightest page, in the tables. */
export const chromeReferenceName = '/en/404.html';

export function printPeersTable(cpuRate: number, runs: number, ours: readonly PageSummary[], peers: readonly PeerSummary[], references: readonly PeerSummary[]): void {
	const fastest = peers.filter((peer) => peer.withScripts.lcp !== null).sort((a, b) => a.withScripts.lcp! - b.withScripts.lcp!)[0];
	const fastestLcp = fastest?.withScripts.lcp ?? null;
	const rows = [...ours, ...peers, ...references].map((row) => ({ ...row, label: 'release' in row ? `${row.name} (${row.release})` : row.name }));
	console.log(`\nbeside the peers at ${cpuRate}x CPU: medians of ${runs} run${runs === 1 ? '' : 's'}, ms unless noted; KB of gzip as a host would send it`);
	console.log('1st op: the first operation heading laid out and visible; all: every file the page loaded');
	printTable(
		['page', 'LCP', 'FCP', 'TBT', 'TBT>FCP', 'style', 'layout', 'DOM', 'HTML KB', 'JS KB', 'all KB', 'blocked', '1st op', 'LCP/fastest peer'],
		rows.map(({ label, html, withScripts: page }) => [
			label,
			whole(page.lcp),
			whole(page.fcp),
			whole(page.tbt),
			whole(page.tbtAfterFcp),
			whole(page.style),
			whole(page.layout),
			whole(page.domElements),
			kib(html.gzip),
			kib(page.scriptGzip),
			kib(page.allGzip),
			whole(page.blocked),
			whole(page.headingVisible),
			times(page.lcp, fastestLcp),
		]),
	);
	const chrome = references.find((reference) => reference.name === chromeReferenceName);
	for (const page of ours) {
		const overChrome = chrome ? `; ${times(page.withScripts.lcp, chrome.withScripts.lcp)} ${chrome.name}'s${cpuRate === CHROME_LCP_TARGET.cpuRate ? ` (target ≤ ${CHROME_LCP_TARGET.ratio}x)` : ''}` : '';
		console.log(`${page.name}: LCP ${times(page.withScripts.lcp, page.withScripts.fcp)} its FCP (target ≤ ${LCP_OVER_FCP_TARGET}x)${overChrome}`);
	}
	if (!fastest) return;
	console.log(`fastest peer by LCP: ${fastest.name}, ${whole(fastestLcp)} ms`);
	for (const page of ours) {
		const ratio = times(page.withScripts.lcp, fastestLcp);
		const ceiling = cpuRate === LCP_TARGET.cpuRate ? `; ${whole(page.withScripts.lcp)} ms (target ≤ ${LCP_TARGET.ms} ms at ${LCP_TARGET.cpuRate}x)` : '';
		console.log(`${page.name}: LCP ${ratio} the fastest peer's (target ≤ ${PEER_LCP_RATIO_TARGET}x)${ceiling}`);
	}
}
