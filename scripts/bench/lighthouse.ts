import { freePort } from './free-port.ts';
import { chromium } from '@playwright/test';
import { importBenchPackage } from './deps.ts';
import { allPagePaths } from '../../src/site/pages.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { printTable, whole } from './format.ts';
import { distDir } from './paths.ts';
import { serveDirectory } from './static-server.ts';
import { median } from './stats.ts';

/** What this section reads of a Lighthouse result (its `lhr`); Lighthouse lives in the bench's own package folder. */
interface Report {
	lighthouseVersion: string;
	categories: Record<string, { score: number | null } | undefined>;
	audits: Record<string, { numericValue?: number } | undefined>;
}
type Lighthouse = (url: string, flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] }) => Promise<{ lhr: Report } | undefined>;

// Lighthouse's scores move a point or two on a busy machine: the median of a few audits is steadier.
const AUDITS_PER_PAGE = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Lighthouse's default audit (a mid-range phone on a slow 4G network, simulated) of every page,
 * served compressed as a real host serves it, since the audit models the network.
 */
export async function lighthouseSection(): Promise<void> {
	const { default: lighthouse } = await importBenchPackage<{ default: Lighthouse }>('lighthouse');
	const site = await serveDirectory(distDir, { precompressed: true });
	const { origin } = site;
	const port = await freePort();
	const browser = await chromium.launch({ ...chromiumLaunchOptions, args: [...(chromiumLaunchOptions.args ?? []), `--remote-debugging-port=${port}`] });
	const rows: string[][] = [];
	let version = '';
	try {
		for (const path of allPagePaths) {
			const audits: Report[] = [];
			for (let run = 0; run < AUDITS_PER_PAGE; run++) {
				const result = await lighthouse(`${origin}/${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
				if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
				audits.push(result.lhr);
				version = result.lhr.lighthouseVersion;
			}
			const score = (category: string) => whole(median(audits.map((lhr) => (lhr.categories[category]?.score ?? 0) * 100)));
			const figure = (audit: string) => whole(median(audits.map((lhr) => lhr.audits[audit]?.numericValue ?? 0)));
			rows.push([`/${path}`, ...CATEGORIES.map(score), figure('largest-contentful-paint'), figure('total-blocking-time'), figure('dom-size')]);
		}
	} finally {
		await browser.close();
		await site.close();
	}
	console.log(`\nLighthouse ${version}, mobile audit (simulated mid-range phone and slow 4G), pages sent brotli-compressed, medians of ${AUDITS_PER_PAGE} audits`);
	printTable(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'DOM'], rows);
}
