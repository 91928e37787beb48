import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};

export interface StaticServer {
	/** `http://127.0.0.1:<port>`, without a trailing slash. */
	origin: string;
	/** The file a path is served from, or undefined for a path that answers 404 or a redirect. */
	fileFor(pathname: string): Promise<string | undefined>;
	close(): Promise<void>;
}

export interface ServeOptions {
	/**
	 * Sends a file's `.br` or `.gz` twin the build wrote, when the browser accepts it, as the
	 * project's nginx configuration does: for audits that model a network, such as Lighthouse's.
	 */
	precompressed?: boolean;
}

const ENCODINGS = [
	['br', '.br'],
	['gzip', '.gz'],
] as const;

/**
 * Serves a directory on 127.0.0.1 as a static host would, but uncompressed unless asked and
 * without caching headers: the bench measures what the browser does with the bytes, not the
 * network. `/dir/` is `dir/index.html`, `/dir` redirects to `/dir/`, and a miss gets the root's `404.html`.
 */
export async function serveDirectory(directory: string, { precompressed = false }: ServeOptions = {}): Promise<StaticServer> {
	const root = resolve(directory);

	async function fileFor(pathname: string): Promise<string | undefined> {
		const file = await resolvePath(pathname);
		return file && !('redirect' in file) ? file.path : undefined;
	}

	async function resolvePath(pathname: string): Promise<{ path: string } | { redirect: string } | undefined> {
		let decoded: string;
		try {
			decoded = decodeURIComponent(pathname);
		} catch {
			return undefined;
		}
		const path = join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
		if (path !== root && !path.startsWith(root + sep)) return undefined;
		const found = await stat(path).catch(() => undefined);
		if (found?.isFile()) return { path };
		if (found?.isDirectory()) return { redirect: `${pathname}/` };
		return undefined;
	}

	async function firstTwin(path: string, accepted: string) {
		for (const encoding of ENCODINGS) {
			if (accepted.includes(encoding[0]) && (await stat(path + encoding[1]).catch(() => undefined))?.isFile()) return encoding;
		}
		return undefined;
	}

	const server = createServer(async (req, res) => {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const found = await resolvePath(url.pathname);
		if (found && 'redirect' in found) {
			res.writeHead(301, { Location: found.redirect + url.search }).end();
			return;
		}
		const [status, path] = found ? [200, found.path] : [404, join(root, '404.html')];
		const accepted = String(req.headers['accept-encoding'] ?? '');
		const encoding = precompressed ? await firstTwin(path, accepted) : undefined;
		const body = await readFile(encoding ? path + encoding[1] : path).catch(() => Buffer.from('Not found\n'));
		res.writeHead(status, {
			'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
			'Content-Length': body.length,
			...(encoding ? { 'Content-Encoding': encoding[0], Vary: 'Accept-Encoding' } : {}),
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise<void>((resolveListen, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolveListen));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		fileFor,
		close: () =>
			new Promise((resolveClose) => {
				server.closeAllConnections();
				server.close(() => resolveClose());
			}),
	};
}
