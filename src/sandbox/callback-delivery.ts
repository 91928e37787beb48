import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { CALLBACK_HEADERS, CALLBACK_RETRY_DELAYS_SECONDS, CALLBACK_TIMEOUT_SECONDS } from '../contract/index.ts';
import { SANDBOX_MAX_PENDING_CALLBACKS } from './config.ts';
import { callbackMessages } from './messages.ts';
import type { CallbackDelivery } from './store.ts';

export interface CallbackSenderOptions {
	/** Multiplies every retry delay: 1 is the contract's, 0.001 turns the first retry's minute into 60 ms. */
	timeScale: number;
	/** Host names beyond loopback that may get callbacks, as a URL's `hostname` spells them. */
	hosts: readonly string[];
	/** One line per attempt, and per host refused. */
	log: (line: string) => void;
}

export interface CallbackSender {
	/** Starts delivering a callback: its first attempt now, its retries later. Never throws. */
	send(delivery: CallbackDelivery): void;
	/** Drops every pending retry and aborts every attempt in flight, without a word. */
	stop(): void;
}

/** `localhost`, 127.0.0.0/8 and `[::1]`, as the URL parser normalizes them (`127.1` is `127.0.0.1`). */
export function isLoopbackHost(hostname: string): boolean {
	return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

const ATTEMPTS = CALLBACK_RETRY_DELAYS_SECONDS.length + 1;
const TIMEOUT_MS = CALLBACK_TIMEOUT_SECONDS * 1000;
// Enough hosts to name every receiver of a test suite, few enough that the set stays small.
const MAX_HOSTS_REMEMBERED = 1_000;

interface Pending {
	id: string;
	url: string;
	body: string;
	/** When the first attempt started (performance.now()): every retry is counted from it. */
	first: number;
	attempt: number;
	timer?: ReturnType<typeof setTimeout>;
	controller?: AbortController;
}

function describeFailure(error: unknown, timedOut: boolean): string {
	if (timedOut) return `timed out after ${CALLBACK_TIMEOUT_SECONDS} s`;
	const { code, message } = error as NodeJS.ErrnoException;
	if (code === 'ECONNREFUSED') return 'connection refused';
	if (code === 'ECONNRESET') return 'connection closed without an answer';
	return code ?? message ?? String(error);
}

/**
 * One POST on a connection of its own, closed after the answer's status line and headers: only the
 * status counts, and no receiver's body is buffered. node:http rather than fetch, whose connection
 * pool behaves differently across Node versions (Node 22 held a closed-by-server socket for its
 * keep-alive time before the next attempt could go).
 */
function post(url: URL, body: string, signal: AbortSignal): Promise<number> {
	return new Promise((resolve, reject) => {
		const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
		const headers = { ...CALLBACK_HEADERS, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' };
		const req = send(url, { method: 'POST', headers, agent: false, signal }, (res) => {
			resolve(res.statusCode ?? 0);
			res.destroy();
		});
		req.on('error', reject);
		req.end(body);
	});
}

function outcomeOf(status: number): string {
	if (status >= 200 && status < 300) return `${status} delivered`;
	if (status >= 300 && status < 400) return `${status} (redirects are not followed)`;
	return String(status);
}

/** A delay as the log says it: `60 ms`, `1800 ms`, `43 s`. */
export const formatWait = (ms: number) => (ms < 10_000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`);

/**
 * Delivers callbacks as the contract says WorkersAI does: a POST of the task's JSON with its
 * headers, a 2xx within the time limit or it counts as failed, then the retries at their delays
 * counted from the first attempt, then given up. Redirects are answers, not followed. At least
 * once, as the contract: a task completes once, so it is sent until one attempt gets a 2xx.
 */
export function createCallbackSender({ timeScale, hosts, log }: CallbackSenderOptions): CallbackSender {
	const allowed = new Set(hosts);
	const refused = new Set<string>();
	const pending = new Set<Pending>();
	let stopped = false;

	async function attempt(entry: Pending): Promise<void> {
		entry.controller = new AbortController();
		const timeout = AbortSignal.timeout(TIMEOUT_MS);
		let outcome: string;
		let delivered = false;
		try {
			// A redirect is an answer like any other: never followed.
			const status = await post(new URL(entry.url), entry.body, AbortSignal.any([entry.controller.signal, timeout]));
			delivered = status >= 200 && status < 300;
			outcome = outcomeOf(status);
		} catch (error) {
			outcome = describeFailure(error, timeout.aborted);
		}
		entry.controller = undefined;
		if (stopped) return;
		const last = entry.attempt === ATTEMPTS;
		let next = '';
		if (delivered || last) pending.delete(entry);
		if (!delivered) {
			if (last) next = ', given up';
			else {
				const due = entry.first + CALLBACK_RETRY_DELAYS_SECONDS[entry.attempt - 1]! * 1000 * timeScale;
				const wait = Math.max(0, due - performance.now());
				next = `, next attempt in ${formatWait(wait)}`;
				entry.timer = setTimeout(() => {
					entry.timer = undefined;
					entry.attempt++;
					void attempt(entry);
				}, wait);
			}
		}
		log(`${new Date().toISOString()} callback ${entry.id} ${entry.url} ${outcome} (attempt ${entry.attempt} of ${ATTEMPTS})${next}`);
	}

	return {
		send({ url, body }) {
			if (stopped) return;
			const { hostname } = new URL(url);
			if (!isLoopbackHost(hostname) && !allowed.has(hostname)) {
				if (refused.has(hostname)) return;
				if (refused.size >= MAX_HOSTS_REMEMBERED) refused.clear();
				refused.add(hostname);
				return log(callbackMessages.hostRefused(hostname, body.external_id));
			}
			if (pending.size >= SANDBOX_MAX_PENDING_CALLBACKS) return log(callbackMessages.tooManyPending(body.external_id, SANDBOX_MAX_PENDING_CALLBACKS));
			const entry: Pending = { id: body.external_id, url, body: JSON.stringify(body), first: performance.now(), attempt: 1 };
			pending.add(entry);
			void attempt(entry);
		},
		stop() {
			stopped = true;
			for (const entry of pending) {
				clearTimeout(entry.timer);
				entry.controller?.abort();
			}
			pending.clear();
		},
	};
}
