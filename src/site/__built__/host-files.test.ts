import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtFiles } from '../built-files.ts';
import { contentType } from '../content-types.ts';

/*
 * The host files of both builds (`npm run build && npm run build:base` first) against their final
 * pages. This runs on the real output rather than on a fixture: what must hold is that the files a
 * host reads agree with the pages it serves, in exactly what gets deployed, the base-path build too.
 */
const builds = [
	{ dir: 'dist', base: '/' },
	{ dir: 'dist-base', base: '/docs/' },
];
const TEXT = /\.(html|js|mjs|css|json|svg|txt|md|xml)$/;
const PAGEFIND_INDEX = /\.(pf_fragment|pf_index|pf_meta|pagefind)$/;

interface Rule {
	path: string;
	headers: [string, string][];
}

function readHeadersFile(text: string): Rule[] {
	const rules: Rule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		const header = /^\s+([\w-]+): (.+)$/.exec(line);
		if (header) rules.at(-1)!.headers.push([header[1]!, header[2]!]);
		else if (line.startsWith('/')) rules.push({ path: line, headers: [] });
		else throw new Error(`_headers: a line no host reads: ${line}`);
	}
	return rules;
}

/** What Netlify and Cloudflare Pages send for a path: the headers of every rule that matches it, by name. */
function sent(rules: Rule[], path: string): Map<string, string[]> {
	const headers = new Map<string, string[]>();
	for (const rule of rules.filter(({ path: pattern }) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path))) {
		for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), [...(headers.get(name.toLowerCase()) ?? []), value]);
	}
	return headers;
}

/** nginx-site.conf's exact locations, and the variables each sets. */
function readNginxLocations(text: string): Map<string, Map<string, string>> {
	const locations = new Map<string, Map<string, string>>();
	for (const [, path, body] of text.matchAll(/^location = (\S+) \{\n([^}]*)\}/gm)) {
		locations.set(path!, new Map([...body!.matchAll(/^\tset \$(\w+) "([^"]*)";$/gm)].map(([, name, value]) => [name!, value!])));
	}
	return locations;
}

for (const { dir, base } of builds) {
	const root = fileURLToPath(new URL(`../../../${dir}/`, import.meta.url));
	const files = await builtFiles(root);
	const served = files.filter((file) => !/\.(br|gz)$/.test(file) && !['_headers', '_redirects', 'nginx-site.conf'].includes(file));
	const pages = served.filter((file) => file.endsWith('.html'));
	const rules = readHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
	const nginx = await readFile(join(root, 'nginx-site.conf'), 'utf8');
	const locations = readNginxLocations(nginx);

	describe(`${dir} (base ${base})`, () => {
		it('gives every page, in _headers and for nginx, exactly the policy of its meta plus frame-ancestors', async () => {
			expect(pages.length).toBeGreaterThan(10);
			for (const file of pages) {
				const meta = parse(await readFile(join(root, file), 'utf8')).querySelector('meta[http-equiv="content-security-policy"]');
				const expected = `${meta!.getAttribute('content')!.replace(/[\s;]+$/, '')}; frame-ancestors 'none'`;
				const paths = [`${base}${file}`, ...(file.endsWith('index.html') ? [`${base}${file.slice(0, -'index.html'.length)}`] : [])];
				for (const path of paths) expect(sent(rules, path).get('content-security-policy'), `_headers, ${path}`).toEqual([expected]);
				expect(locations.get(`${base}${file}`)?.get('site_content_security_policy'), `nginx, ${file}`).toBe(expected);
			}
		});

		it('sends one value of every header on every path, a miss included', () => {
			for (const path of [...served.map((file) => `${base}${file}`), `${base}no-such-page/`]) {
				const headers = sent(rules, path);
				expect(headers.get('x-content-type-options'), path).toEqual(['nosniff']);
				expect(headers.get('x-frame-options'), path).toEqual(['DENY']);
				for (const [name, values] of headers) expect(values, `${name} of ${path}`).toHaveLength(1);
			}
			expect(sent(rules, `${base}_astro/x.js`).get('cache-control')).toEqual(['public, max-age=31536000, immutable']);
			expect(sent(rules, `${base}mockServiceWorker.js`).get('cache-control')).toEqual(['no-cache']);
		});

		it('answers misses with its 404 page under nginx', () => {
			expect(nginx).toContain(`\nerror_page 403 404 =404 ${base}404.html;\n`);
		});

		it('has no not-found page at a path of its own, which a host would answer with 200', () => {
			expect(served.filter((file) => /(^|\/)404\/index\.html$/.test(file))).toEqual([]);
			expect(served).toContain('en/404.html');
		});

		it('names the content type of every file with a rule of its own in _headers, and of every kind of file for nginx', () => {
			const types = new Map([...(/^types \{\n([^}]*)\}/m.exec(nginx)?.[1] ?? '').matchAll(/^\t"([^"]+)" (\w+);$/gm)].map(([, type, extension]) => [extension!, type!]));
			for (const file of served) {
				expect(types.get(file.slice(file.lastIndexOf('.') + 1)), `nginx, ${file}`).toBe(contentType(file));
				const own = rules.filter((rule) => rule.path === `${base}${file}`);
				if (own.length) expect(sent(rules, `${base}${file}`).get('content-type'), `_headers, ${file}`).toEqual([contentType(file)]);
			}
			expect(sent(rules, `${base}en/tasks/index.md`).get('content-type')).toEqual(['text/markdown; charset=utf-8']);
			expect(sent(rules, `${base}en/llms.txt`).get('content-type')).toEqual(['text/plain; charset=utf-8']);
		});

		it('has a .br and a .gz of every text file, the same once decoded, and none of Pagefind’s index', async () => {
			const texts = served.filter((file) => TEXT.test(file));
			expect(texts.length).toBeGreaterThan(30);
			for (const file of texts) {
				const raw = await readFile(join(root, file));
				expect(brotliDecompressSync(await readFile(join(root, `${file}.br`))).equals(raw), `${file}.br`).toBe(true);
				expect(gunzipSync(await readFile(join(root, `${file}.gz`))).equals(raw), `${file}.gz`).toBe(true);
			}
			const index = served.filter((file) => PAGEFIND_INDEX.test(file));
			expect(index.length).toBeGreaterThan(0);
			for (const file of index) expect(files.filter((other) => other.startsWith(`${file}.`)), file).toEqual([]);
		});
	});
}
