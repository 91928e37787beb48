import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from './fixtures.ts';

const INSTALL = 'apt-get install nginx libnginx-mod-http-brotli-static';
// By its full path: under -p, the stock `include modules-enabled/*.conf` would resolve inside the prefix.
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const MIME_TYPES = '/etc/nginx/mime.types';
// What deploy/nginx.conf says in place of the folder that holds the site.
const ROOT_PLACEHOLDER = '/srv/workersai-docs';

const repository = fileURLToPath(new URL('../../', import.meta.url));

interface Nginx {
	origin: string;
}

export interface NginxOptions {
	/** The first port the nginx of a worker listens on; each worker takes the next one. */
	nginxPort: number;
}

function findNginx(): string {
	const found = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'].map((dir) => join(dir, 'nginx')).find((path) => existsSync(path));
	if (!found) throw new Error(`nginx is not installed; these journeys serve the built site with it: ${INSTALL}`);
	if (!existsSync(BROTLI_MODULE)) throw new Error(`nginx's brotli_static module is not installed (${BROTLI_MODULE}): ${INSTALL}`);
	return found;
}

/** deploy/nginx.conf as it is, but for the folder given and on a loopback port. */
async function siteConf(dist: string, port: number): Promise<string> {
	const conf = await readFile(join(repository, 'deploy/nginx.conf'), 'utf8');
	if (!conf.includes(ROOT_PLACEHOLDER) || !/^\s*listen 80;$/m.test(conf)) {
		throw new Error(`deploy/nginx.conf no longer has \`listen 80;\` and ${ROOT_PLACEHOLDER} for these journeys to replace`);
	}
	return conf
		.replaceAll(ROOT_PLACEHOLDER, dist.replace(/\/$/, ''))
		.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
		.replace(/^\s*listen \[::\].*\n/m, '');
}

function waitForPort(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1', () => {
			socket.end();
			resolve(true);
		});
		socket.on('error', () => resolve(false));
	});
}

/**
 * Runs nginx unprivileged, in the foreground, with deploy/nginx.conf serving `dist`: everything it
 * writes (pid, logs, temporary files) goes to a prefix folder of its own under tmp/.
 */
async function startNginx(dist: string, port: number): Promise<Nginx & { stop: () => Promise<void> }> {
	const nginx = findNginx();
	const prefix = join(repository, 'tmp', `nginx-${port}`);
	await mkdir(prefix, { recursive: true });
	const errorLog = join(prefix, 'error.log');
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `\t${name}_temp_path ${join(prefix, name)};`);
	await writeFile(join(prefix, 'site.conf'), await siteConf(dist, port));
	await writeFile(
		join(prefix, 'nginx.conf'),
		[
			`load_module ${BROTLI_MODULE};`,
			`pid ${join(prefix, 'nginx.pid')};`,
			`error_log ${errorLog} warn;`,
			'worker_processes 1;',
			'events { worker_connections 256; }',
			'http {',
			`\tinclude ${MIME_TYPES};`,
			'\tdefault_type application/octet-stream;',
			`\taccess_log ${join(prefix, 'access.log')};`,
			...temp,
			`\tinclude ${join(prefix, 'site.conf')};`,
			'}',
			'',
		].join('\n'),
	);

	const child = spawn(nginx, ['-c', join(prefix, 'nginx.conf'), '-p', prefix, '-e', errorLog, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	const started = Date.now();
	while (!(await waitForPort(port))) {
		const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('running'), 100))]);
		if (code !== 'running' || Date.now() - started > 10_000) {
			child.kill('SIGKILL');
			const log = await readFile(errorLog, 'utf8').catch(() => '');
			throw new Error(`nginx did not start on port ${port} (exit ${String(code)}):\n${stderr}${log}`);
		}
	}
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: async () => {
			child.kill('SIGTERM');
			await exited;
		},
	};
}

/** The site's journeys, against nginx serving dist/ with deploy/nginx.conf: one nginx per worker. */
export const test = base.extend<{}, NginxOptions & { nginx: Nginx }>({
	nginxPort: [4393, { option: true, scope: 'worker' }],
	nginx: [
		async ({ nginxPort }, use, workerInfo) => {
			const server = await startNginx(join(repository, 'dist'), nginxPort + workerInfo.parallelIndex);
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' },
	],
	baseURL: async ({ nginx }, use) => use(`${nginx.origin}/`),
});

export { expect } from './fixtures.ts';
