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

const kib = (bytes: number | null) => (bytes === null ? '-' : (bytes / 1024).toFixed(1));

export function printRenderTable(cpuRate: number, runs: number, pages: readonly PageSummary[]): void {
	console.log(`\nrendering at ${cpuRate}x CPU: medians of ${runs} run${runs === 1 ? '' : 's'}, ms unless noted`);
	console.log('floor: the same page with JavaScript disabled; s+l: style + layout; TBT>FCP: blocking time after first contentful paint');
	printTable(
		['page', 'LCP', 'floor', 'LCP/floor', 'TBT', 'TBT>FCP', 'style', 'layout', 'floor s+l', 'DOM', 'HTML KB', 'gzip KB', 'blocked'],
		pages.map(({ name, html, withScripts: page, floor }) => [
			name,
			whole(page.lcp),
			whole(floor.lcp),
			times(page.lcp, floor.lcp),
			whole(page.tbt),
			whole(page.tbtAfterFcp),
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
