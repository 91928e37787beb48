/**
 * npm run bench: builds the site, serves it, and measures in Chromium what the sandbox costs; then
 * measures the sandbox server (`npm run sandbox`) under load. `npm run bench -- --server` runs only
 * the server part, without building. Prints medians; run it on a quiet machine and compare figures
 * from one run only.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { EXAMPLE_TASK_ID, TEST_KEY, createTaskExample } from '../src/contract/index.ts';
import { allPagePaths } from '../src/site/pages.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const USAGE = 'usage: npm run bench [-- --server]   (--server: only the sandbox server, no build)';
const flags = process.argv.slice(2);
if (flags.some((flag) => flag !== '--server')) {
	console.error(`unknown argument ${flags.find((flag) => flag !== '--server')}\n${USAGE}`);
	process.exit(1);
}
const serverOnly = flags.includes('--server');

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

async function browserBench() {
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

// The server part: `node mocks/http-server.ts` as a child process, driven over loopback by a
// bounded number of keep-alive connections, as a CI job's test suite would drive it.
const CONNECTIONS = 50;
const LOAD_SECONDS = 10;
const SEQUENCE_CREATES = 10_000;
const BLOCK = 1_000;
const MEMORY_CREATES = 100_000;
const MEMORY_KEYS = 100;
const CREATE_BODY = JSON.stringify(createTaskExample);

type Call = [method: 'GET' | 'POST', path: string];

/** A test key of its own per use, so that no measurement sees another's tasks. */
const benchKey = (name: string) => `test_${name}`.padEnd(25, 'x');
const tasksPath = (key: string) => `/v1/tasks?api_key=${key}`;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

class SandboxProcess {
	readonly #agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
	readonly #child: ChildProcess;
	readonly #port: number;

	private constructor(child: ChildProcess, port: number) {
		this.#child = child;
		this.#port = port;
	}

	/** process.execPath is the project's Node 24 when run through npm; the server binds 127.0.0.1 only. */
	static async start(): Promise<SandboxProcess> {
		const port = await freePort();
		const child = spawn(process.execPath, sandboxArguments(), { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
		const sandbox = new SandboxProcess(child, port);
		for (let attempt = 0; ; attempt++) {
			if (child.exitCode !== null) throw new Error(`the sandbox server exited with ${child.exitCode}`);
			try {
				await sandbox.send(['GET', tasksPath(TEST_KEY)]);
				return sandbox;
			} catch {
				if (attempt > 100) {
					await sandbox.stop();
					throw new Error('the sandbox server did not start');
				}
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
		}
	}

	/** Keep-alive connections the server closed before reading the request on them, which was then sent again. */
	resets = 0;

	/** Milliseconds from sending the request to the end of its answer, which must be a 200. */
	send([method, path]: Call, started = performance.now()): Promise<number> {
		return new Promise((resolve, reject) => {
			const body = method === 'POST' ? CREATE_BODY : undefined;
			const headers = body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } : {};
			const req = request({ host: '127.0.0.1', port: this.#port, method, path, headers, agent: this.#agent }, (res) => {
				res.resume();
				res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`${method} ${path} answered ${res.statusCode}`))));
			});
			req.on('error', (error: NodeJS.ErrnoException) => {
				// A server too busy to read a waiting request within its keep-alive timeout closes the
				// connection instead; Node's documented remedy is to send it again on a new one.
				if (!req.reusedSocket || error.code !== 'ECONNRESET') return reject(error);
				this.resets++;
				resolve(this.send([method, path], started));
			});
			req.end(body);
		});
	}

	/** `calls` requests, CONNECTIONS at a time; the latency of each, in the order they were sent. */
	async batch(calls: number, call: (index: number) => Call): Promise<{ seconds: number; latencies: number[] }> {
		const latencies: number[] = new Array(calls);
		let next = 0;
		const started = performance.now();
		await Promise.all(
			Array.from({ length: Math.min(CONNECTIONS, calls) }, async () => {
				while (next < calls) {
					const index = next++;
					latencies[index] = await this.send(call(index));
				}
			}),
		);
		return { seconds: (performance.now() - started) / 1000, latencies };
	}

	/** As many requests as CONNECTIONS connections get answered in `seconds`. */
	async load(seconds: number, call: () => Call): Promise<{ perSecond: number; medianMs: number }> {
		const latencies: number[] = [];
		const started = performance.now();
		const end = started + seconds * 1000;
		await Promise.all(
			Array.from({ length: CONNECTIONS }, async () => {
				while (performance.now() < end) latencies.push(await this.send(call()));
			}),
		);
		return { perSecond: latencies.length / ((performance.now() - started) / 1000), medianMs: median(latencies) };
	}

	/** Resident and peak memory of the server process, in MB, from /proc (Linux). */
	memory(): { rss: number; peak: number } {
		const status = readFileSync(`/proc/${this.#child.pid}/status`, 'utf8');
		const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
		return { rss: field('VmRSS'), peak: field('VmHWM') };
	}

	async stop(): Promise<void> {
		this.#agent.destroy();
		if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
		const exited = new Promise((resolve) => this.#child.once('exit', resolve));
		this.#child.kill('SIGTERM');
		await exited;
	}
}

/** A fresh server for each part, so that each starts from the same empty state. */
async function withSandbox(measure: (sandbox: SandboxProcess) => Promise<void>): Promise<void> {
	const sandbox = await SandboxProcess.start();
	try {
		await measure(sandbox);
		if (sandbox.resets) console.log(`  (${rate(sandbox.resets)} requests found their connection closed by the busy server and were sent again)`);
	} finally {
		await sandbox.stop();
	}
}

/** How `npm run sandbox` starts the server (package.json), so the bench measures it as people run it. */
function sandboxArguments(): string[] {
	const script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.sandbox;
	const [command, ...args] = script.split(/\s+/);
	if (command !== 'node') throw new Error(`npm run sandbox is not a node command: ${script}`);
	return args;
}

const rate = (value: number) => Math.round(value).toLocaleString('en');

async function serverBench() {
	console.log(`\nsandbox server (npm run sandbox: node ${sandboxArguments().join(" ")}, on 127.0.0.1), ${CONNECTIONS} keep-alive connections`);
	await withSandbox(async (sandbox) => {
		const throughput: [string, () => Call][] = [
			// The documented key lists its two sample tasks, which stay pending: a small, constant answer.
			['list (documented key, its 2 sample tasks)', () => ['GET', tasksPath(TEST_KEY)]],
			['get (a sample task of the documented key)', () => ['GET', `/v1/tasks/${EXAMPLE_TASK_ID}?api_key=${TEST_KEY}`]],
			['create (all on one new key)', () => ['POST', tasksPath(benchKey('load'))]],
		];
		// Warm-up, not counted: the first requests pay for compiling the server's code.
		await sandbox.batch(1_000, () => ['GET', tasksPath(TEST_KEY)]);
		for (const [label, call] of throughput) {
			const { perSecond, medianMs } = await sandbox.load(LOAD_SECONDS, call);
			console.log(`${label.padEnd(44)} ${rate(perSecond).padStart(7)} req/s over ${LOAD_SECONDS} s, median ${medianMs.toFixed(1)} ms`);
		}
	});

	await withSandbox(async (sandbox) => {
		// Rounds of BLOCK creates, CONNECTIONS at a time, one round after the other: a round's time
		// is what BLOCK creates cost at that size of the key.
		const key = benchKey('sequence');
		const rounds: { seconds: number; latencies: number[] }[] = [];
		for (let round = 0; round < SEQUENCE_CREATES / BLOCK; round++) rounds.push(await sandbox.batch(BLOCK, () => ['POST', tasksPath(key)]));
		const first = rounds[0]!;
		const last = rounds.at(-1)!;
		const total = rounds.reduce((sum, round) => sum + round.seconds, 0);
		console.log(`\n${rate(SEQUENCE_CREATES)} creates on one new key, in rounds of ${rate(BLOCK)} at ${CONNECTIONS} concurrent:`);
		console.log(`  first ${rate(BLOCK)}: ${first.seconds.toFixed(2)} s (median ${median(first.latencies).toFixed(1)} ms)`);
		console.log(`  last ${rate(BLOCK)}:  ${last.seconds.toFixed(2)} s (median ${median(last.latencies).toFixed(1)} ms), ${(last.seconds / first.seconds).toFixed(2)}x the first  (target < 1.5x)`);
		console.log(`  all ${rate(SEQUENCE_CREATES)}: ${total.toFixed(1)} s  (target < 10 s)`);
	});

	await withSandbox(async (sandbox) => {
		const before = sandbox.memory();
		const keys = Array.from({ length: MEMORY_KEYS }, (_, index) => benchKey(`memory${index}`));
		const { seconds } = await sandbox.batch(MEMORY_CREATES, (index) => ['POST', tasksPath(keys[index % MEMORY_KEYS]!)]);
		const after = sandbox.memory();
		console.log(`\n${rate(MEMORY_CREATES)} creates across ${MEMORY_KEYS} keys at ${CONNECTIONS} concurrent: ${seconds.toFixed(1)} s`);
		console.log(`  server VmRSS ${after.rss.toFixed(0)} MB (${before.rss.toFixed(0)} MB at start, peak ${after.peak.toFixed(0)} MB)  (target < 300 MB)`);
	});
}

if (!serverOnly) await browserBench();
await serverBench();
