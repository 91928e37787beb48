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
	printPeersTable(...args);
	return log.mock.calls.map(([line]) => String(line));
}

describe('the table beside the peers', () => {
	afterEach(() => vi.restoreAllMocks());

	it('measures our pages against the fastest peer, never against a reference page, however fast', () => {
		const lines = printed(4, 5, [page('/en/tasks/', 500)], [peer('swagger', 'swagger-ui-dist@5', 1600), peer('redoc', 'redoc@2', 1000)], [peer('bare HTML', 'no CSS or JS', 130)]);
		expect(lines).toContain('fastest peer by LCP: redoc, 1,000 ms');
		expect(lines).toContain("/en/tasks/: LCP 0.50x the fastest peer's (target ≤ 0.25x); 500 ms (target ≤ 600 ms at 4x)");
		const bare = lines.find((line) => line.startsWith('bare HTML (no CSS or JS)'));
		expect(bare).toMatch(/0\.13x$/);
	});

	it('sets our LCP beside our FCP, and beside the not-found page of the same rounds', () => {
		const lines = printed(4, 5, [page('/en/tasks/', 600)], [peer('redoc', 'redoc@2', 1000)], [peer('bare HTML', 'no CSS or JS', 130), peer('/en/404.html', 'the lightest page', 400)]);
		expect(lines).toContain("/en/tasks/: LCP 2.00x its FCP (target ≤ 1.5x); 1.50x /en/404.html's (target ≤ 1.5x)");
		expect(printed(1, 5, [page('/en/tasks/', 600)], [], [])).toContain('/en/tasks/: LCP 2.00x its FCP (target ≤ 1.5x)');
	});
});
