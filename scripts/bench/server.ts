import { fileURLToPath } from 'node:url';
import { EXAMPLE_TASK_ID, TEST_KEY } from '../../src/contract/index.ts';
import { EMPTY_OBJECTS, emptyObjectsBody, largestBody } from '../../src/sandbox/bodies-at-the-limits.ts';
import { SANDBOX_BUNDLE_FILE } from '../../src/sandbox/config.ts';
import { bundleCommand } from '../../src/sandbox/cli-options.ts';
import { bundleSandbox } from '../../src/site/sandbox-bundle.ts';
import { tmpDir } from './paths.ts';
import { CONNECTIONS, SandboxProcess, benchKey, sandboxArguments, tasksPath, type Call } from './sandbox-process.ts';
import { median } from './stats.ts';

const LOAD_SECONDS = 10;
const SEQUENCE_CREATES = 10_000;
const BLOCK = 1_000;
const MEMORY_CREATES = 100_000;
const MEMORY_KEYS = 100;
/** What the runs at the bound send in all: far beyond what the sandbox keeps. */
const BOUND_BYTES = 2 * 1024 ** 3;

const rate = (value: number) => Math.round(value).toLocaleString('en');

/** A fresh server for each part, so that each starts from the same empty state; node's `args` are `npm run sandbox`'s unless given. */
async function withSandbox(measure: (sandbox: SandboxProcess) => Promise<void>, args?: string[]): Promise<void> {
	const sandbox = await SandboxProcess.start(args);
	try {
		await measure(sandbox);
		if (sandbox.resets) console.log(`  (${rate(sandbox.resets)} requests found their connection closed by the busy server and were sent again)`);
	} finally {
		await sandbox.stop();
	}
}

/** The sandbox server's requests per second, create times as a key grows, and memory. */
export async function serverSection(): Promise<void> {
	console.log(`\nsandbox server (npm run sandbox: node ${sandboxArguments().join(' ')}, on 127.0.0.1), ${CONNECTIONS} keep-alive connections`);
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

	await memoryAndBounds();

	// The one file the docs serve, started as they tell a reader to: no flag for node.
	const file = `${tmpDir}bench-sandbox/${SANDBOX_BUNDLE_FILE}`;
	await bundleSandbox(file);
	console.log(`\nthe same, with the sandbox as the docs start it (${bundleCommand()}, built into ${file})`);
	await memoryAndBounds([file]);
}

const ECHO_CREATES = 20_000;

/** How much slower the largest body is than the example through a server that only echoes each body: what transport alone costs. */
async function echoRatio(): Promise<number> {
	let ratio = 0;
	await withSandbox(
		async (echo) => {
			const example = await echo.batch(ECHO_CREATES, () => ['POST', tasksPath(benchKey('echo'))]);
			const body = largestBody();
			const largest = await echo.batch(ECHO_CREATES, () => ['POST', tasksPath(benchKey('echo')), body]);
			ratio = largest.seconds / example.seconds;
			console.log(`\na server that only answers each body back: ${rate(ECHO_CREATES / example.seconds)} example bodies/s, ${rate(ECHO_CREATES / largest.seconds)} largest/s, ${ratio.toFixed(2)}x`);
		},
		[fileURLToPath(new URL('echo-server.ts', import.meta.url))],
	);
	return ratio;
}

/** Memory with the example body, then the runs at the bound, each on a fresh server started with node's `args`. */
async function memoryAndBounds(args?: string[]): Promise<void> {
	let exampleRate = 0;
	await withSandbox(async (sandbox) => {
		const before = sandbox.memory();
		const keys = Array.from({ length: MEMORY_KEYS }, (_, index) => benchKey(`memory${index}`));
		const { seconds } = await sandbox.batch(MEMORY_CREATES, (index) => ['POST', tasksPath(keys[index % MEMORY_KEYS]!)]);
		const after = sandbox.memory();
		exampleRate = MEMORY_CREATES / seconds;
		console.log(`\n${rate(MEMORY_CREATES)} creates across ${MEMORY_KEYS} keys at ${CONNECTIONS} concurrent: ${seconds.toFixed(1)} s (${rate(exampleRate)} creates/s)`);
		console.log(`  server VmRSS ${after.rss.toFixed(0)} MB (${before.rss.toFixed(0)} MB at start, peak ${after.peak.toFixed(0)} MB)  (target < 300 MB)`);
	}, args);

	const floor = await echoRatio();
	for (const [label, body] of [
		['the largest valid body', largestBody()],
		[`the largest valid body, its metadata ${rate(EMPTY_OBJECTS)} empty objects`, emptyObjectsBody()],
	] as const) {
		await withSandbox((sandbox) => atTheBound(sandbox, label, body, exampleRate, floor), args);
	}
}

/**
 * 2 GiB of `body` over MEMORY_KEYS keys, then every key's list: the sandbox keeps a bounded part of
 * it, answers every request, and creates about as fast as with the example body.
 */
async function atTheBound(sandbox: SandboxProcess, label: string, body: string, exampleRate: number, floor: number): Promise<void> {
	const bytes = Buffer.byteLength(body);
	const creates = Math.ceil(BOUND_BYTES / bytes);
	const keys = Array.from({ length: MEMORY_KEYS }, (_, index) => benchKey(`bound${index}`));
	const { seconds } = await sandbox.batch(creates, (index) => ['POST', tasksPath(keys[index % MEMORY_KEYS]!), body]);
	const created = sandbox.memory();
	// Each key's list one at a time (what one request costs), then all at once (what they cost together).
	const alone: number[] = [];
	for (const key of keys) alone.push(await sandbox.send(['GET', tasksPath(key)]));
	const together = await sandbox.batch(MEMORY_KEYS, (index) => ['GET', tasksPath(keys[index]!)]);
	const after = sandbox.memory();
	const perSecond = creates / seconds;
	console.log(`\n${rate(creates)} creates of ${label} (${rate(bytes)} bytes, ${(BOUND_BYTES / 1024 ** 3).toFixed(0)} GiB in all) across ${MEMORY_KEYS} keys at ${CONNECTIONS} concurrent: ${seconds.toFixed(1)} s`);
	console.log(`  ${rate(perSecond)} creates/s, ${(exampleRate / perSecond).toFixed(2)}x slower than the example body  (target < 2x; answering it back alone: ${floor.toFixed(2)}x)`);
	console.log(`  then each key's list, one at a time: slowest ${Math.max(...alone).toFixed(0)} ms, median ${median(alone).toFixed(1)} ms  (target < 1,000 ms)`);
	console.log(`  and all ${MEMORY_KEYS} at ${CONNECTIONS} concurrent: slowest ${Math.max(...together.latencies).toFixed(0)} ms, median ${median(together.latencies).toFixed(1)} ms`);
	console.log(`  server VmRSS ${after.rss.toFixed(0)} MB (${created.rss.toFixed(0)} MB after the creates, peak ${after.peak.toFixed(0)} MB)  (target < 512 MiB)`);
}
