import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { freePort } from './free-port.ts';
import { TEST_KEY, createTaskExample } from '../../src/contract/index.ts';
import { projectRoot } from './paths.ts';
import { median } from './stats.ts';

/** Keep-alive connections the bench drives the server with, as a CI job's test suite would. */
export const CONNECTIONS = 50;
const CREATE_BODY = JSON.stringify(createTaskExample);

/** A request: a POST sends `body`, or the documented example's. */
export type Call = [method: 'GET' | 'POST', path: string, body?: string];

/** A test key of its own per use, so that no measurement sees another's tasks. */
export const benchKey = (name: string) => `test_${name}`.padEnd(25, 'x');
export const tasksPath = (key: string) => `/v1/tasks?api_key=${key}`;

/** How `npm run sandbox` starts the server (package.json), so the bench measures it as people run it. */
export function sandboxArguments(): string[] {
	const script: string = JSON.parse(readFileSync(`${projectRoot}package.json`, 'utf8')).scripts.sandbox;
	const [command, ...args] = script.split(/\s+/);
	if (command !== 'node') throw new Error(`npm run sandbox is not a node command: ${script}`);
	return args;
}

/** `npm run sandbox`'s command as a child process, driven over loopback. */
export class SandboxProcess {
	readonly #agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
	readonly #child: ChildProcess;
	readonly #port: number;

	private constructor(child: ChildProcess, port: number) {
		this.#child = child;
		this.#port = port;
	}

	/**
	 * process.execPath is the project's Node 24 when run through npm; the server binds 127.0.0.1
	 * only. `args` are node's: `npm run sandbox`'s unless given.
	 */
	static async start(args = sandboxArguments()): Promise<SandboxProcess> {
		const port = await freePort();
		const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
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
	send([method, path, sent]: Call, started = performance.now()): Promise<number> {
		return new Promise((resolve, reject) => {
			const body = method === 'POST' ? (sent ?? CREATE_BODY) : undefined;
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
				resolve(this.send([method, path, sent], started));
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
