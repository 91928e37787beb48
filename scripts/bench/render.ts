import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { relative, resolve } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';
import { endpoints } from '../../src/contract/index.ts';
import { allPagePaths, endpointsPage, localePrefixes, pagePath } from '../../src/site/pages.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { sizeOf, type Size } from './file-sizes.ts';
import { distDir, projectRoot, tmpDir } from './paths.ts';
import { bareReference, buildPeerPages, peersDir } from './peers.ts';
import { chromeReferenceName, medians, printPeersTable, printRenderTable, type PageSummary, type PeerSummary, type SizedRun } from './render-report.ts';
import { LOCAL_HOST, QUIET_CAP_MS, QUIET_MS, VIEWPORT, measureRender, type RenderRun, type RenderTarget } from './render-run.ts';
import { serveDirectory, type StaticServer } from './static-server.ts';

/** The CPU slowdowns each page is measured at: this machine as it is, and four times slower (Lighthouse's mobile setting). */
const CPU_RATES = [1, 4] as const;
const WARM_UP_ROUNDS = 1;
const RESULTS_FILE = `${tmpDir}bench-render.json`;

/** Every host name but 127.0.0.1 fails to resolve at once: a page reaching for the internet fails fast and is counted. */
const offlineLaunchOptions: LaunchOptions = {
	...chromiumLaunchOptions,
	args: [...(chromiumLaunchOptions.args ?? []), `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${LOCAL_HOST}`],
};

interface Subject {
	target: RenderTarget;
	server: StaticServer;
	html: Size;
	/** A peer's package and version; our pages have none. */
	release?: string;
}

interface Measurement {
	target: string;
	cpuRate: number;
	javascript: boolean;
	round: number;
	warmUp: boolean;
	run?: SizedRun;
	error?: string;
}

/**
 * Starlight's lightest page of this site, its not-found page: the header and a short notice, no
 * sidebar and no reference. What Starlight's chrome alone costs, below which none of our pages can go.
 */
const chromeReference = { path: chromeReferenceName, about: "Starlight's lightest page: header and a notice" };

/** Our pages, in both locales; the endpoints page is the one with an operation heading. Names start with `label`, if any. */
function sitePages(site: StaticServer, label = ''): RenderTarget[] {
	const endpointPaths = localePrefixes.map(({ prefix }) => prefix + pagePath(endpointsPage));
	const heading = { selector: `h2#${endpoints[0]!.anchor}` };
	return allPagePaths.map((path) => ({ name: `${label}/${path}`, url: `${site.origin}/${path}`, heading: endpointPaths.includes(path) ? heading : null }));
}

/** What names the baseline's pages in the tables: `baseline /en/tasks/`. */
const BASELINE_LABEL = 'baseline ';

async function subject(target: RenderTarget, server: StaticServer, release?: string): Promise<Subject> {
	const file = await server.fileFor(new URL(target.url).pathname);
	if (!file) throw new Error(`${target.url} is not a page of the served directory`);
	return { target, server, html: sizeOf(file), ...(release ? { release } : {}) };
}

/** The sizes of what a run loaded: its scripts, and every file. */
async function sized(run: RenderRun, server: StaticServer): Promise<SizedRun> {
	const scriptBytes = { raw: 0, gzip: 0 };
	const allBytes = { raw: 0, gzip: 0 };
	for (const { path, type } of run.loaded) {
		const file = await server.fileFor(path);
		if (!file) continue;
		const size = sizeOf(file);
		for (const total of type === 'script' ? [scriptBytes, allBytes] : [allBytes]) {
			total.raw += size.raw;
			total.gzip += size.gzip;
		}
	}
	return { ...run, scriptBytes, allBytes };
}

/**
 * Rounds over every page (with JavaScript and without) and every peer; each round starts further
 * along the list, so that no page is always measured first or last. The first round warms up and
 * is not counted.
 */
async function measureRounds(browser: Browser, subjects: Subject[], withFloor: (subject: Subject) => boolean, cpuRate: number, runs: number): Promise<Measurement[]> {
	const variants = subjects.flatMap((subject) => [{ subject, javascript: true }, ...(withFloor(subject) ? [{ subject, javascript: false }] : [])]);
	const measurements: Measurement[] = [];
	const rounds = WARM_UP_ROUNDS + runs;
	const stride = Math.max(1, Math.floor(variants.length / rounds));
	for (let round = 0; round < rounds; round++) {
		const warmUp = round < WARM_UP_ROUNDS;
		process.stderr.write(`render ${cpuRate}x: ${warmUp ? 'warm-up round' : `round ${round - WARM_UP_ROUNDS + 1} of ${runs}`}\n`);
		for (let index = 0; index < variants.length; index++) {
			const { subject, javascript } = variants[(index + round * stride) % variants.length]!;
			const measurement: Measurement = { target: subject.target.name, cpuRate, javascript, round, warmUp };
			try {
				measurement.run = await sized(await measureRender(browser, subject.target, { cpuRate, javascript }), subject.server);
			} catch (error) {
				measurement.error = error instanceof Error ? error.message.split('\n')[0]! : String(error);
				process.stderr.write(`  ${subject.target.name}${javascript ? '' : ' (JavaScript disabled)'}: ${measurement.error}\n`);
			}
			measurements.push(measurement);
		}
	}
	return measurements;
}

function runsOf(measurements: Measurement[], name: string, javascript: boolean): SizedRun[] {
	return measurements.filter((entry) => entry.target === name && entry.javascript === javascript && !entry.warmUp && entry.run).map((entry) => entry.run!);
}

/**
 * Each page of the site at 1x and 4x CPU, beside its JavaScript-disabled floor; with `peers`, Redoc,
 * Swagger UI and Scalar in the same rounds; with `baseline` (another build's directory), only the
 * endpoint pages, ours and the baseline's, in the same rounds: an A/B run on one noisy machine.
 */
export async function renderSection(site: StaticServer, { runs, peers, baseline }: { runs: number; peers: boolean; baseline: string | null }): Promise<void> {
	const baselineServer = baseline === null ? undefined : await serveDirectory(resolve(baseline));
	const targets = baselineServer ? [...sitePages(site), ...sitePages(baselineServer, BASELINE_LABEL)].filter((target) => target.heading) : sitePages(site);
	const pages = await Promise.all(targets.map((target) => subject(target, target.name.startsWith(BASELINE_LABEL) ? baselineServer! : site)));
	const peerPages = peers ? buildPeerPages(`${distDir}openapi.json`) : [];
	const peerServer = peers ? await serveDirectory(peersDir) : undefined;
	const browser = await chromium.launch(offlineLaunchOptions);
	try {
		const peerSubjects = peerServer
			? await Promise.all(peerPages.map((peer) => subject({ name: peer.name, url: `${peerServer.origin}${peer.path}`, heading: peer.heading }, peerServer, peer.release)))
			: [];
		// Not peers: the floors beside them, measured in the same rounds.
		const referenceSubjects = peerServer
			? [
					await subject({ name: bareReference.name, url: `${peerServer.origin}${bareReference.path}`, heading: null }, peerServer, bareReference.about),
					await subject({ name: chromeReference.path, url: `${site.origin}${chromeReference.path}`, heading: null }, site, chromeReference.about),
				]
			: [];
		console.log(`\nrendering: headless Chromium ${browser.version()}, ${VIEWPORT.width}x${VIEWPORT.height}, a fresh context per run, served uncompressed from ${LOCAL_HOST}`);
		console.log(`each run ends when the page is quiet: nothing in flight and no long task for ${QUIET_MS / 1000} s (at most ${QUIET_CAP_MS / 1000} s after load)`);

		// The peers next to the endpoint pages they are compared with, so that the same moments of a round measure them.
		const endpointPages = pages.filter((page) => page.target.heading);
		const subjects = [...endpointPages, ...peerSubjects, ...referenceSubjects, ...pages.filter((page) => !endpointPages.includes(page))];
		const measurements: Measurement[] = [];
		const machineLoad: { cpuRate: number; before: number; after: number }[] = [];
		for (const cpuRate of CPU_RATES) {
			const loadBefore = loadavg()[0]!;
			// Peers render nothing without JavaScript, and the references are floors already: only our pages have a floor.
			const measured = await measureRounds(browser, subjects, (subject) => !subject.release, cpuRate, runs);
			const loadAfter = loadavg()[0]!;
			machineLoad.push({ cpuRate, before: loadBefore, after: loadAfter });
			measurements.push(...measured);
			const summaries: PageSummary[] = pages.map(({ target, html }) => ({ name: target.name, html, withScripts: medians(runsOf(measured, target.name, true)), floor: medians(runsOf(measured, target.name, false)) }));
			printRenderTable(cpuRate, runs, summaries);
			if (peerSubjects.length) {
				const ours = summaries.filter((summary) => endpointPages.some((page) => page.target.name === summary.name));
				const summarise = ({ target, html, release }: Subject): PeerSummary => ({ name: target.name, release: release!, html, withScripts: medians(runsOf(measured, target.name, true)) });
				printPeersTable(cpuRate, runs, ours, peerSubjects.map(summarise), referenceSubjects.map(summarise));
			}
			printNotes(measured);
			// Other work on the machine slows every figure: a high load marks a run to repeat.
			console.log(`machine load (1-minute average): ${loadBefore.toFixed(1)} when these rounds began, ${loadAfter.toFixed(1)} when they ended`);
		}

		mkdirSync(tmpDir, { recursive: true });
		const meta = { baseline, date: new Date().toISOString(), chromium: browser.version(), viewport: VIEWPORT, cpuRates: CPU_RATES, runs, warmUpRounds: WARM_UP_ROUNDS, quietMs: QUIET_MS, quietCapMs: QUIET_CAP_MS, machineLoad, timesIn: 'ms from navigation start' };
		const targets = subjects.map(({ target, html, release }) => ({ ...target, html, ...(release ? { release } : {}) }));
		writeFileSync(RESULTS_FILE, `${JSON.stringify({ meta, targets, measurements }, null, '\t')}\n`);
		console.log(`\nevery run: ${relative(projectRoot, RESULTS_FILE)}`);
	} finally {
		await browser.close();
		await peerServer?.close();
		await baselineServer?.close();
	}
}

/** What the medians do not show: where pages reached for the internet, runs that never went quiet, runs that failed. */
function printNotes(measured: Measurement[]): void {
	const label = (entry: Measurement) => `${entry.target}${entry.javascript ? '' : ' (no JS)'}`;
	const failed = measured.filter((entry) => !entry.warmUp && entry.error);
	if (failed.length) console.log(`failed, left out of the medians: ${failed.map((entry) => `${label(entry)}: ${entry.error}`).join('; ')}`);
	const counted = measured.filter((entry) => !entry.warmUp && entry.run);
	const blocked = new Map<string, Set<string>>();
	for (const { target, run } of counted) for (const url of run!.blocked) blocked.set(target, (blocked.get(target) ?? new Set()).add(url));
	for (const [target, urls] of blocked) console.log(`blocked on ${target}: ${[...urls].join(', ')}`);
	const restless = counted.filter((entry) => !entry.run!.quiet).map(label);
	if (restless.length) console.log(`never quiet within ${QUIET_CAP_MS / 1000} s of load, measured at the cap: ${restless.join(', ')}`);
}
