import { describe, expect, it } from 'vitest';
import type { HeaderRule } from '../header-rules.ts';
import { nginxSite } from '../nginx-site.ts';

const rules: HeaderRule[] = [
	{ path: '/docs/*', headers: { 'X-Content-Type-Options': 'nosniff' } },
	{ path: '/docs/en/index.html', headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'", 'Cache-Control': 'no-cache' } },
	{ path: '/docs/404.html', headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' } },
	{ path: '/docs/en/404.html', headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' } },
	{ path: '/docs/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
];

describe('nginxSite', () => {
	const types = new Map([
		['html', 'text/html; charset=utf-8'],
		['md', 'text/markdown; charset=utf-8'],
	]);
	const conf = nginxSite({ rules, base: '/docs/', notFound: '404.html', localeNotFound: ['en/404.html'], hidden: ['_headers'], types });

	it('adds the site headers once, at the server level, and every other header from a variable', () => {
		expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
		expect(conf).toContain('set $site_content_security_policy "";\nadd_header Content-Security-Policy $site_content_security_policy always;');
		expect(conf).toContain('set $site_cache_control "";\nadd_header Cache-Control $site_cache_control always;');
		expect(conf.match(/^add_header /gm)).toHaveLength(3);
	});

	it('types every kind of file as given, in place of nginx’s own table, and sends no second Content-Type', () => {
		expect(conf).toContain('\ntypes {\n\t"text/html; charset=utf-8" html;\n\t"text/markdown; charset=utf-8" md;\n}\n');
		expect(conf).not.toMatch(/add_header Content-Type|\$site_content_type/i);
	});

	it('sets the variables per page and per folder, in locations that add no header of their own', () => {
		expect(conf).toContain(`location = /docs/en/index.html {\n\tset $site_content_security_policy "default-src 'self'; frame-ancestors 'none'";\n\tset $site_cache_control "no-cache";\n}`);
		expect(conf).toContain('location ^~ /docs/_astro/ {\n\tset $site_cache_control "public, max-age=31536000, immutable";\n}');
		for (const block of conf.match(/^location [^{\n]*\{[^}]*\}/gm)!) expect(block).not.toContain('add_header');
	});

	it('answers misses with the 404 page under the base path, and keeps host files out of sight', () => {
		expect(conf).toContain('error_page 403 404 =404 /docs/404.html;');
		expect(conf).toContain('location ^~ /docs/en/ {\n\terror_page 403 404 =404 /docs/en/404.html;');
		expect(conf).toContain('location = /docs/_headers {\n\treturn 404;\n}');
	});

	it('answers a not-found page asked for by its own path with 404, never 200', () => {
		expect(conf).toContain('location = /docs/404.html {\n\tinternal;\n\terror_page 404 =404 /docs/404.html;\n\tset $site_cache_control "no-cache";\n}');
		expect(conf).toContain('location = /docs/en/404.html {\n\tinternal;\n\terror_page 404 =404 /docs/en/404.html;\n');
		expect(conf.match(/internal;/g)).toHaveLength(2);
	});

	it('refuses a value nginx would read otherwise, and rules nginx cannot both apply', () => {
		const withVariable = [{ path: '/a/', headers: { 'X-Test': 'costs $5' } }];
		expect(() => nginxSite({ rules: withVariable, base: '/', hidden: [], types })).toThrow(/cannot take as it is: costs \$5/);
		const nested: HeaderRule[] = [{ path: '/a/*', headers: { 'X-One': '1' } }, { path: '/a/b.js', headers: { 'X-Two': '2' } }];
		expect(() => nginxSite({ rules: nested, base: '/', hidden: [], types })).toThrow(/\/a\/\* and \/a\/b.js match one path/);
	});
});
