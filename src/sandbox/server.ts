import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { API_ORIGIN, MAX_BODY_BYTES, errorBody, routes } from '../contract/index.ts';
import { createCallbackSender } from './callback-delivery.ts';
import { SANDBOX_HOST, SANDBOX_PORT } from './config.ts';
import { sandboxMessages, unreadableRequest } from './messages.ts';
import { CORS_HEADERS, answerApi, decodeBody, errorAnswer, resolveEndpoint, type ApiAnswer, type ApiRequest } from './api.ts';
import { SandboxStore } from './store.ts';
import type { JsonOut } from './stored-task.ts';

export interface SandboxServerOptions {
	/** 0 picks a free port. */
	port?: number;
	host?: string;
	/** One line per request, and per callback attempt; console.log by default. */
	log?: (line: string) => void;
	/** Delivers the callback of each task test mode completes, as the contract says; none without it. */
	callbacks?: { timeScale: number; hosts: readonly string[] };
}

export interface SandboxServer {
	/** Where it listens, e.g. `http://127.0.0.1:4010`; the API is under its path (`/v1`). */
	url: string;
	close(): Promise<void>;
}

/**
 * Reads at most one byte past the limit: that is enough for the handlers to refuse the body, and
 * whatever else the client sends is let through and dropped, never buffered.
 */
function readBody(req: IncomingMessage): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		// A body that came in one piece is read where it is.
		const whole = () => (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
		req.on('data', (chunk: Buffer) => {
			if (size > MAX_BODY_BYTES) return;
			chunks.push(chunk.subarray(0, MAX_BODY_BYTES + 1 - size));
			size += chunks.at(-1)!.length;
			if (size > MAX_BODY_BYTES) resolve(whole());
		});
		const done = () => resolve(whole());
		req.on('end', done);
		// A client that hangs up mid-body gets no answer; this only lets the request settle.
		req.on('close', done);
		req.on('error', reject);
	});
}

/** The same path and query on the API's own host, so that the handlers never see this server's port. */
function apiUrl(target: string): URL {
	if (target.startsWith('/')) return new URL(API_ORIGIN + target);
	try {
		// An absolute-form target (`GET http://host/v1/tasks`): only its path and query count.
		const absolute = new URL(target);
		return new URL(API_ORIGIN + absolute.pathname + absolute.search);
	} catch {
		// `*` (OPTIONS * HTTP/1.1) and the like: a path the API does not have.
		return new URL(`${API_ORIGIN}/${target}`);
	}
}

const ALL_METHODS = [...new Set(routes.flatMap((route) => route.allow))].join(', ');

function isPreflight(req: IncomingMessage): boolean {
	return req.method === 'OPTIONS' && req.headers.origin !== undefined && req.headers['access-control-request-method'] !== undefined;
}

function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
	res.writeHead(204, {
		'Access-Control-Allow-Origin': CORS_HEADERS['Access-Control-Allow-Origin'],
		'Access-Control-Allow-Methods': ALL_METHODS,
		'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Content-Type',
		'Access-Control-Max-Age': '600',
	});
	res.end();
}

// Forbidden by the Fetch standard, so no Request can carry them and the handlers never see them;
// node:http still hands over TRACE. No endpoint takes them: this adapter answers the 404 or 405.
const FETCH_FORBIDDEN = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** The request as the API reads it; a body, if any may come, is read before the API sees the request, as fetch's Request would. */
async function toApiRequest(req: IncomingMessage): Promise<ApiRequest> {
	const method = req.method ?? 'GET';
	let body: Uint8Array | undefined;
	if (method === 'GET' || method === 'HEAD') req.resume();
	else body = await readBody(req);
	return {
		method,
		url: apiUrl(req.url ?? '/'),
		header: (name) => {
			const value = req.headers[name.toLowerCase()];
			// Repeated, as Headers.get joins them.
			return value === undefined ? null : [value].flat().join(', ');
		},
		text: async () => decodeBody(body ?? new Uint8Array(0)),
	};
}

const encoder = new TextEncoder();

/** One buffer of JSON as a JsonOut. */
function jsonOut(text: string): JsonOut {
	const bytes = encoder.encode(text);
	return { length: bytes.length, chunks: () => [bytes] };
}

/** Resolves once `res` can take more, or is gone. */
const drained = (res: ServerResponse) =>
	new Promise<void>((resolve) => {
		const done = () => {
			res.off('drain', done);
			res.off('close', done);
			resolve();
		};
		res.on('drain', done);
		res.on('close', done);
	});

/**
 * Writes `answer` as it comes, chunk after chunk, waiting for the client to read whenever the
 * socket is full: a list is never gathered into one buffer, and a slow reader holds no copy of
 * it. The headers are those a Response of the answer has, in the order Headers lists them.
 */
async function send(res: ServerResponse, answer: ApiAnswer, head = false): Promise<void> {
	const body = 'error' in answer ? jsonOut(JSON.stringify(answer.error)) : answer.json;
	const headers = Object.entries({ ...CORS_HEADERS, 'Content-Type': 'application/json', ...('error' in answer ? answer.headers : {}) })
		.map(([name, value]) => [name.toLowerCase(), value] as const)
		.sort(([a], [b]) => (a < b ? -1 : 1));
	// An answer to HEAD has no body but keeps the length GET's would have.
	res.writeHead(answer.status, { 'content-length': String(body.length), ...Object.fromEntries(headers) });
	if (head) return void res.end();
	// Corked, the head and the chunks written at once go out together.
	res.cork();
	// Small chunks come from node's pool of Buffers: no buffer of their own to allocate and collect.
	for (const chunk of body.chunks(Buffer.allocUnsafe)) {
		if (res.destroyed) return;
		if (res.write(chunk)) continue;
		res.uncork();
		await drained(res);
		res.cork();
	}
	res.end();
}

// node's parser errors a reader can cause, named as the part of the request to fix.
const UNREADABLE: Record<string, keyof typeof unreadableRequest> = {
	HPE_INVALID_METHOD: 'method',
	HPE_INVALID_URL: 'path',
	HPE_HEADER_OVERFLOW: 'headers',
};

/** The 404 or 405 for a method no Request can carry; no endpoint ever takes one. */
function answerUnfetchable(req: IncomingMessage): ApiAnswer {
	req.resume();
	const answer = resolveEndpoint(apiUrl(req.url ?? '/').pathname, req.method!);
	if (!('status' in answer)) throw new Error(`an endpoint takes ${req.method}, which fetch cannot carry`);
	return answer;
}

const SHOWN = 9;
// The API reads `api_key` once percent-decoded; a key under a misspelled name is still a key.
const isKeyParameter = (name: string, value: string) => /^api[-_]?key$/i.test(name) || /^(test|live)_/i.test(value);

/**
 * The request target with every key shortened: `test_tV4NttbVsN3crLCFonEj` shows as `test_tV4N…`,
 * enough to tell keys apart in a log, however the query spells or encodes it (`api%5Fkey=`,
 * `live%5F…`). The query is decoded as the API decodes it, then written again.
 */
function shortenKeys(target: string): string {
	const at = target.indexOf('?');
	if (at === -1) return target;
	const query = [...new URLSearchParams(target.slice(at + 1))].map(([name, value]) =>
		isKeyParameter(name, value) && value.length > SHOWN
			? `${encodeURIComponent(name)}=${encodeURIComponent(value.slice(0, SHOWN))}…`
			: `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
	);
	return `${target.slice(0, at)}?${query.join('&')}`;
}

/** A thin adapter from node:http to the very API the browser's sandbox answers with, on a store of its own. */
export async function startSandboxServer({ port = SANDBOX_PORT, host = SANDBOX_HOST, log = console.log, callbacks }: SandboxServerOptions = {}): Promise<SandboxServer> {
	const store = new SandboxStore();
	const sender = callbacks && createCallbackSender({ ...callbacks, log });
	if (sender) store.onComplete((delivery) => sender.send(delivery));

	const server = createServer(async (req, res) => {
		const started = performance.now();
		// Closed before the whole answer went out: the client abandoned the request, whatever status was meant.
		res.on('close', () => log(`${req.method} ${shortenKeys(req.url ?? '')} ${res.writableFinished ? res.statusCode : 'aborted'} ${Math.round(performance.now() - started)}ms`));
		try {
			if (isPreflight(req)) return answerPreflight(req, res);
			if (FETCH_FORBIDDEN.has(req.method ?? '')) return await send(res, answerUnfetchable(req));
			const request = await toApiRequest(req);
			await send(res, await answerApi(store, request, new Date()), request.method === 'HEAD');
		} catch (error) {
			// A client that hung up mid-body is no fault: its line says aborted.
			if (req.destroyed && !req.complete) return;
			// A fault of the sandbox itself, never of the input: say so the way the API would.
			log(`error: ${error instanceof Error ? error.message : String(error)}`);
			if (res.headersSent) res.destroy();
			else await send(res, errorAnswer(errorBody(500, sandboxMessages.failed)));
		}
	});

	// What node:http cannot parse as a request at all never reaches the handlers; it still gets a
	// JSON answer instead of node's empty one.
	server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
		// A client gone mid-request (reset, or closed before its body ended) is told nothing.
		if (!socket.writable || error.code === 'ECONNRESET' || error.code === 'HPE_INVALID_EOF_STATE') return socket.destroy();
		log(`unreadable request: ${error.code ?? error.message}`);
		const part = UNREADABLE[error.code ?? ''] ?? 'request';
		const body = JSON.stringify(errorBody(400, sandboxMessages.unreadableHttp, [{ path: part, message: unreadableRequest[part] }]));
		const cors = Object.entries(CORS_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
		socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${cors}Connection: close\r\n\r\n${body}`);
	});

	await new Promise<void>((resolve, reject) => {
		const failed = (error: Error) => {
			sender?.stop();
			reject(error);
		};
		server.once('error', failed);
		server.listen(port, host, () => {
			server.off('error', failed);
			resolve();
		});
	});
	const address = server.address();
	const bound = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
		close: () =>
			new Promise<void>((resolve, reject) => {
				// Pending retries end with the server: none is sent after it stops.
				sender?.stop();
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			}),
	};
}
