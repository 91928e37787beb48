import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { TEST_KEY, seedTasks } from '../../contract/index.ts';
import { sandboxCiStep } from '../../reference/sandbox-tool.ts';
import { closedPort } from '../../sandbox/__tests__/callback-receiver.ts';
import { SANDBOX_BUNDLE_FILE } from '../../sandbox/config.ts';

const run = promisify(execFile);

/*
 * The sandbox server as both builds serve it (`npm run build && npm run build:base` first): one
 * file at the site's root, precompressed like the other text files, with its own headers, and the
 * Sandbox page of each locale linking to it under the build's base.
 */
const builds = [
	{ dir: 'dist', base: '/' },
	{ dir: 'dist-base', base: '/docs/' },
];

describe.each(builds)('the sandbox server in $dir', ({ dir, base }) => {
	const root = fileURLToPath(new URL(`../../../${dir}/`, import.meta.url));

	it('is one file at the root, with its .br and .gz, and a header rule', async () => {
		for (const suffix of ['', '.br', '.gz']) expect((await stat(join(root, SANDBOX_BUNDLE_FILE + suffix))).size).toBeGreaterThan(0);
		expect(await readFile(join(root, '_headers'), 'utf8')).toContain(`\n${base}${SANDBOX_BUNDLE_FILE}\n`);
		expect(await readFile(join(root, 'nginx-site.conf'), 'utf8')).toContain(`location = ${base}${SANDBOX_BUNDLE_FILE} {`);
	});

	it.each(['sandbox/index.html', 'en/sandbox/index.html'])('is linked from %s, and downloaded from there by its command', async (page) => {
		const html = parse(await readFile(join(root, page), 'utf8'));
		const links = html.querySelectorAll('a[download]').map((link) => link.getAttribute('href'));
		expect(links).toEqual([`${base}${SANDBOX_BUNDLE_FILE}`]);
		const commands = html.querySelectorAll('pre').map((pre) => pre.textContent);
		const download = commands.map((text) => new RegExp(`curl -fsSLO (https?://[^/\\s]+${base}${SANDBOX_BUNDLE_FILE})`).exec(text)?.[1]).find(Boolean);
		expect(download).toBeDefined();
		// The page's Markdown twin gives the same address.
		expect(await readFile(join(root, page.replace(/\.html$/, '.md')), 'utf8')).toContain(`[\`${SANDBOX_BUNDLE_FILE}\`](${download})`);
	});
});

describe('the CI step of the Sandbox page', () => {
	it('downloads the sandbox from the site, starts it in the background, and returns once it answers', { timeout: 120_000 }, async () => {
		// The one file the step downloads, served as the site serves it.
		const bundle = await readFile(fileURLToPath(new URL(`../../../dist/${SANDBOX_BUNDLE_FILE}`, import.meta.url)));
		const server = createServer((req, res) => (req.url === `/${SANDBOX_BUNDLE_FILE}` ? res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle) : res.writeHead(404).end()));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const site = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
		const dir = await mkdtemp(join(tmpdir(), 'ci-step-'));
		const port = await closedPort();
		let pid: number | undefined;
		try {
			// The step's shell, as a runner runs it; only the site's host and the port differ from the page's.
			const step = sandboxCiStep(`${site.origin}/`, port).split('\n');
			const script = step
				.slice(step.indexOf('  run: |') + 1)
				.map((line) => line.slice(4))
				.join('\n');
			// The runner's node is on its PATH; here it is the project's own.
			const env = { ...process.env, PATH: `${join(process.execPath, '..')}:${process.env.PATH}` };
			const { stdout } = await run('bash', ['-ec', `${script}\necho "pid=$!"`], { cwd: dir, env, timeout: 100_000 });
			pid = Number(/pid=(\d+)/.exec(stdout)![1]);
			// Once the step returns, the sandbox answers at once: no wait of the test's own.
			const list = await fetch(`http://127.0.0.1:${port}/v1/tasks?api_key=${TEST_KEY}`);
			expect(await list.json()).toEqual(seedTasks);
		} finally {
			if (pid) process.kill(pid, 'SIGTERM');
			await new Promise((resolve) => server.close(resolve));
			await rm(dir, { recursive: true, force: true });
		}
	});
});
