import { describe, expect, it } from 'vitest';
import { assertOneValuePerHeader, headerRules, overlaps, type HeaderRule } from '../header-rules.ts';
import { headerPolicy } from '../security-headers.ts';

const site = {
	base: '/docs/',
	assets: '_astro',
	files: ['404.html', '_astro/page.abc.js', 'en/llms.txt', 'en/tasks/index.html', 'en/tasks/index.md', 'index.html', 'mockServiceWorker.js', 'pagefind/pagefind.js', 'pagefind/index/en_1.pf_index'],
	policies: new Map([
		['404.html', "default-src 'self'; script-src 'self' 'sha256-404';"],
		['en/tasks/index.html', "default-src 'self'; script-src 'self' 'sha256-tasks';"],
		['index.html', "default-src 'self'; script-src 'self' 'sha256-home';"],
	]),
};

/** What Netlify and Cloudflare Pages send for a path: every matching rule's headers, repeated ones joined. */
function sent(rules: HeaderRule[], path: string): Record<string, string[]> {
	const headers: Record<string, string[]> = {};
	for (const rule of rules.filter((candidate) => overlaps(candidate.path, path))) {
		for (const [name, value] of Object.entries(rule.headers)) (headers[name] ??= []).push(value);
	}
	return headers;
}

describe('headerRules', () => {
	const rules = headerRules(site);

	it('gives each page, by its folder and by its file, exactly its own policy plus frame-ancestors', () => {
		for (const path of ['/docs/en/tasks/', '/docs/en/tasks/index.html']) {
			expect(sent(rules, path)['Content-Security-Policy']).toEqual(["default-src 'self'; script-src 'self' 'sha256-tasks'; frame-ancestors 'none'"]);
			expect(sent(rules, path)['Cache-Control']).toEqual(['no-cache']);
		}
		expect(sent(rules, '/docs/')['Content-Security-Policy']).toEqual(["default-src 'self'; script-src 'self' 'sha256-home'; frame-ancestors 'none'"]);
		expect(sent(rules, '/docs/404.html')['Content-Security-Policy']![0]).toContain("'sha256-404'");
	});

	it('sends one value of every header on every path, the site headers everywhere under the base', () => {
		for (const path of [...site.files.map((file) => `/docs/${file}`), '/docs/en/tasks/', '/docs/', '/docs/no-such-page/']) {
			const headers = sent(rules, path);
			for (const [name, values] of Object.entries(headers)) expect(values, `${name} of ${path}`).toHaveLength(1);
			expect(headers['X-Content-Type-Options'], path).toEqual(['nosniff']);
			expect(headers['Permissions-Policy']![0], path).toMatch(/camera=\(\).*clipboard-write=\(self\)/);
		}
	});

	it('names the content type of every file with a rule of its own, the Markdown twins and llms.txt first', () => {
		expect(sent(rules, '/docs/en/tasks/index.md')['Content-Type']).toEqual(['text/markdown; charset=utf-8']);
		expect(sent(rules, '/docs/en/llms.txt')['Content-Type']).toEqual(['text/plain; charset=utf-8']);
		expect(sent(rules, '/docs/en/tasks/')['Content-Type']).toEqual(['text/html; charset=utf-8']);
		expect(sent(rules, '/docs/mockServiceWorker.js')['Content-Type']).toEqual(['text/javascript; charset=utf-8']);
	});

	it('refuses a kind of file it has no content type for', () => {
		expect(() => headerRules({ ...site, files: [...site.files, 'notes.docx'] })).toThrow(/notes\.docx: no Content-Type/);
	});

	it('caches hashed assets for good and asks again for the worker and Pagefind', () => {
		expect(sent(rules, '/docs/_astro/page.abc.js')['Cache-Control']).toEqual(['public, max-age=31536000, immutable']);
		expect(sent(rules, '/docs/mockServiceWorker.js')['Cache-Control']).toEqual(['no-cache']);
		expect(sent(rules, '/docs/pagefind/index/en_1.pf_index')['Cache-Control']).toEqual(['no-cache']);
		// Pagefind's files share one rule: hosts read a limited number.
		expect(rules.filter((rule) => rule.path.startsWith('/docs/pagefind/'))).toHaveLength(1);
	});
});

describe('assertOneValuePerHeader', () => {
	it('refuses two rules that would send two values of one header for a path', () => {
		const rules: HeaderRule[] = [
			{ path: '/*', headers: { 'Cache-Control': 'no-cache' } },
			{ path: '/_astro/*', headers: { 'cache-control': 'immutable' } },
		];
		expect(() => assertOneValuePerHeader(rules)).toThrow('Header rules /* and /_astro/* both set cache-control');
	});

	it('accepts rules that overlap on different headers, or set one header on different paths', () => {
		expect(() => assertOneValuePerHeader([
			{ path: '/*', headers: { 'X-Frame-Options': 'DENY' } },
			{ path: '/a/', headers: { 'Cache-Control': 'no-cache' } },
			{ path: '/b/*', headers: { 'Cache-Control': 'no-cache' } },
		])).not.toThrow();
	});
});

describe('overlaps', () => {
	it('tells when one path can match both rules', () => {
		expect(overlaps('/a/*', '/a/b.js')).toBe(true);
		expect(overlaps('/a/b.js', '/a/*')).toBe(true);
		expect(overlaps('/a/*', '/a/b/*')).toBe(true);
		expect(overlaps('/a/*', '/ab/*')).toBe(false);
		expect(overlaps('/a/', '/a/index.html')).toBe(false);
	});
});

describe('headerPolicy', () => {
	it('is the meta policy as it is, with frame-ancestors after it', () => {
		expect(headerPolicy("default-src 'self';img-src data:;")).toBe("default-src 'self';img-src data:; frame-ancestors 'none'");
	});

	it('refuses a meta policy that already has frame-ancestors', () => {
		expect(() => headerPolicy("default-src 'self'; frame-ancestors 'self'")).toThrow(/already has frame-ancestors/);
	});
});
