import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
	path: string;
	headers: IncomingMessage['headers'];
	body: string;
}

export interface TestReceiver {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	received: Received[];
	/** Resolves once `count` requests have arrived in all. */
	arrived(count: number): Promise<Received[]>;
	close(): Promise<void>;
}

/** A callback receiver for the tests: records every request, answers as `answer` says. */
export async function startReceiver(answer: (res: ServerResponse, received: Received) => void): Promise<TestReceiver> {
	const received: Received[] = [];
	const waiting: { count: number; resolve: (all: Received[]) => void }[] = [];
	const server = createServer((req, res) => {
		let body = '';
		req.setEncoding('utf8');
		req.on('data', (chunk: string) => (body += chunk));
		req.on('end', () => {
			const entry = { path: req.url ?? '', headers: req.headers, body };
			received.push(entry);
			for (const wait of waiting.filter(({ count }) => received.length >= count)) wait.resolve(received);
			answer(res, entry);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		received,
		arrived: (count) => (received.length >= count ? Promise.resolve(received) : new Promise((resolve) => waiting.push({ count, resolve }))),
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** A port nothing listens on: taken, then given back. */
export async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** Lines as they are logged, and a wait for the first one that matches. */
export class LogLines {
	readonly lines: string[] = [];
	readonly #waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];

	readonly push = (line: string) => {
		this.lines.push(line);
		for (const wait of this.#waiting.filter(({ pattern }) => pattern.test(line))) {
			this.#waiting.splice(this.#waiting.indexOf(wait), 1);
			wait.resolve(line);
		}
	};

	next(pattern: RegExp): Promise<string> {
		const seen = this.lines.find((line) => pattern.test(line));
		return seen !== undefined ? Promise.resolve(seen) : new Promise((resolve) => this.#waiting.push({ pattern, resolve }));
	}
}
