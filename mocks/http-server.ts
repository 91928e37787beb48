import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { BASE_URL, MAX_BODY_BYTES, errorBody } from '../src/contract/index.ts';
import { createHandlers } from './handlers.ts';
import { SandboxStore } from './store.ts';

export interface SandboxServer {
	url: string;
	close(): Promise<void>;
}

const API = new URL(BASE_URL);

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string) {
	res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(body) });
	res.end(body);
}

function sendError(res: ServerResponse, status: 400 | 404, message: string, path = 'body') {
	const fields = status === 400 ? [{ path, message: 'must be at most 64 KiB' }] : undefined;
	send(res, status, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }, JSON.stringify(errorBody(status, message, fields)));
}

/** Reads at most one byte past the limit, so a huge body is refused without being buffered. */
function readBody(req: IncomingMessage): Promise<Buffer | 'too large'> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) {
				req.pause();
				resolve('too large');
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function isPreflight(req: IncomingMessage) {
	return req.method === 'OPTIONS' && req.headers.origin !== undefined && req.headers['access-control-request-method'] !== undefined;
}

/** A thin adapter from node:http to the very handlers the browser sandbox uses. */
export async function startSandboxServer({ port = 4010, host = '127.0.0.1', log = console.log }: { port?: number; host?: string; log?: (line: string) => void } = {}): Promise<SandboxServer> {
	const handlers = createHandlers(new SandboxStore());

	const server = createServer(async (req, res) => {
		const started = performance.now();
		const target = new URL(req.url ?? '/', `http://${host}`);
		res.on('finish', () => {
			const shown = target.pathname + target.search.replace(/(api_key=)([^&]{9})[^&]*/, '$1$2…');
			log(`${req.method} ${shown} ${res.statusCode} ${Math.round(performance.now() - started)}ms`);
		});
		try {
			if (isPreflight(req)) {
				res.writeHead(204, {
					'Access-Control-Allow-Origin': '*',
					'Access-Control-Allow-Methods': 'GET, POST',
					'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Content-Type',
					'Access-Control-Max-Age': '600',
				});
				res.end();
				return;
			}
			const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
			if (body === 'too large') {
				res.setHeader('Connection', 'close');
				sendError(res, 400, 'The request body is larger than 64 KiB.');
				return;
			}
			// The handlers answer for the API's own host, whatever port this server listens on.
			const url = new URL(target.pathname + target.search, API.origin);
			const requestHeaders = new Headers();
			for (const [name, value] of Object.entries(req.headers)) {
				if (value !== undefined) requestHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
			}
			const request = new Request(url, { method: req.method, headers: requestHeaders, ...(body?.length ? { body } : {}) });
			const response = await getResponse(handlers, request);
			if (!response) {
				sendError(res, 404, `There is no ${target.pathname} here: the sandbox serves ${API.pathname}.`);
				return;
			}
			const headers = Object.fromEntries(response.headers);
			delete headers['content-length'];
			send(res, response.status, headers, await response.text());
		} catch (error) {
			log(`error: ${(error as Error).message}`);
			if (!res.headersSent) sendError(res, 404, 'The request could not be read.');
		}
	});

	await new Promise<void>((resolve) => server.listen(port, host, resolve));
	const address = server.address();
	const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
	return {
		url,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

if (import.meta.main) {
	const port = Number(process.env.PORT ?? 4010);
	const sandbox = await startSandboxServer({ port });
	console.log(`WorkersAI sandbox on ${sandbox.url}${API.pathname} (the test key starts with the documented tasks). Ctrl-C stops it.`);
	const stop = async () => {
		await sandbox.close();
		console.log('Sandbox stopped.');
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}
