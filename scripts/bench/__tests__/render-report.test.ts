import { afterEach, describe, expect, it, vi } from 'vitest';
import { medians, printPeersTable, type PageSummary, type PeerSummary, type SizedRun } from '../render-report.ts';

const html = { raw: 1000, gzip: 300 };

function run(lcp: number): SizedRun {
	return {
		lcp,
		fcp: lcp / 2,
		load: lcp,
		tbt: 0,
		tbtAfterFcp: 0,
		longTasks: 0,
		longTaskTime: 0,
		style: 10,
		layout: 10,
		script: 0,
		domElements: 100,
		headingVisible: null,
		quiet: true,
		blocked: [],
		loaded: [],
		scriptBytes: { raw: 0, gzip: 0 },
		allBytes: { raw: 0, gzip: 0 },
	};
}

const page = (name: string, lcp: number): PageSummary => ({ name, html, withScripts: medians([run(lcp)]), floor: medians([run(lcp - 50)]) });
const peer = (name: string, release: string, lcp: number): PeerSummary => ({ name, release, html, withScripts: medians([run(lcp)]) });

function printed(...args: Parameters<typeof printPeersTable>): string[] {
	const log = vi.spyOn(console, 'log').mockImplementation(() => {});
	// A second spy on console.log is the first one: only this call's lines count.
	log.mockClear();
	printPeersTable(...args);
	return log.mock.calls.map(([line]) => String(line));
}

describe('the table beside the peers', () => {
	afterEach(() => vi.restoreAllMocks());

	// The figures and what they are measured against, not the wording of the lines around them.
	const lineOf = (lines: string[], page: string, about: RegExp) => lines.find((line) => line.startsWith(page) && about.test(line)) ?? '';
	const figures = (line: string) => line.match(/\d[\d,.]*(x| ms)/g);

	it('measures our pages against the fastest peer, never against a reference page, however fast', () => {
		const lines = printed(4, 5, [page('/en/tasks/', 500)], [peer('swagger', 'swagger-ui-dist@5', 1600), peer('redoc', 'redoc@2', 1000)], [peer('bare HTML', 'no CSS or JS', 130)]);
		expect(lineOf(lines, 'fastest peer', /redoc/)).toMatch(/1,000 ms/);
		expect(figures(lineOf(lines, '/en/tasks/', /peer/))).toEqual(['0.50x', '0.25x', '500 ms', '600 ms', '4x']);
		expect(lineOf(lines, 'bare HTML', /./)).toMatch(/0\.13x$/);
	});

	it('sets our LCP beside our FCP, and beside the not-found page of the same rounds', () => {
		const lines = printed(4, 5, [page('/en/tasks/', 600)], [peer('redoc', 'redoc@2', 1000)], [peer('bare HTML', 'no CSS or JS', 130), peer('/en/404.html', 'the lightest page', 400)]);
		expect(figures(lineOf(lines, '/en/tasks/', /FCP/))).toEqual(['2.00x', '1.5x', '1.50x', '1.5x']);
		expect(lineOf(lines, '/en/tasks/', /FCP/)).toContain('/en/404.html');
		expect(figures(lineOf(printed(1, 5, [page('/en/tasks/', 600)], [], []), '/en/tasks/', /FCP/))).toEqual(['2.00x', '1.5x']);
	});
});
