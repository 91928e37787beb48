/**
 * npm run bench: builds the site, serves it, and measures in Chromium the JavaScript each page
 * loads, what the Try it sandbox costs, and how each page renders; then the sandbox server
 * (`npm run sandbox`) under load. `npm run bench -- --help` lists the flags that run one part.
 * Prints medians; run it on a quiet machine and compare figures from one run only.
 */
import { FlagError, USAGE, parseFlags, type BenchPlan } from './bench/flags.ts';
import { distDir } from './bench/paths.ts';
import { lighthouseSection } from './bench/lighthouse.ts';
import { renderSection } from './bench/render.ts';
import { serverSection } from './bench/server.ts';
import { buildSite } from './bench/site.ts';
import { serveDirectory } from './bench/static-server.ts';
import { tryItSection } from './bench/try-it.ts';
import { weightSection } from './bench/weight.ts';

function plan(): BenchPlan {
	const args = process.argv.slice(2);
	if (args.includes('--help')) {
		console.log(USAGE);
		process.exit(0);
	}
	try {
		return parseFlags(args);
	} catch (error) {
		if (!(error instanceof FlagError)) throw error;
		console.error(`${error.message}\n${USAGE}`);
		process.exit(1);
	}
}

const { tryIt, lighthouse, render, peers, server, runs, baseline } = plan();

if (tryIt || lighthouse || render) console.log(`build: ${buildSite().toFixed(1)} s\n`);
if (tryIt || render) {
	// Served uncompressed: these sections measure what the browser does with the bytes. Lighthouse
	// serves the site compressed, as it models a network.
	const site = await serveDirectory(distDir);
	try {
		if (tryIt) {
			await weightSection(site);
			await tryItSection(site);
		}
		if (render) await renderSection(site, { runs, peers, baseline });
	} finally {
		await site.close();
	}
}
if (lighthouse) await lighthouseSection();
if (server) await serverSection();
