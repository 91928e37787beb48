import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SANDBOX_BUNDLE_FILE } from '../../sandbox/config.ts';

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
		expect(commands.some((text) => new RegExp(`curl -fsSLO https?://[^/\\s]+${base}${SANDBOX_BUNDLE_FILE}`).test(text))).toBe(true);
	});
});
