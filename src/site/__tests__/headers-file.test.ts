import { describe, expect, it } from 'vitest';
import { headersFile } from '../headers-file.ts';

describe('headersFile', () => {
	it('writes each rule as its path, then its headers indented', () => {
		const text = headersFile([
			{ path: '/*', headers: { 'X-Content-Type-Options': 'nosniff' } },
			{ path: '/en/', headers: { 'Content-Security-Policy': "default-src 'self'", 'Cache-Control': 'no-cache' } },
		]);
		expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
			'',
			'/*',
			'  X-Content-Type-Options: nosniff',
			'',
			'/en/',
			"  Content-Security-Policy: default-src 'self'",
			'  Cache-Control: no-cache',
			'',
		]);
	});

	it('refuses a line longer than Cloudflare Pages reads', () => {
		const policy = `default-src 'self'; script-src ${"'sha256-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=' ".repeat(40)}`;
		expect(() => headersFile([{ path: '/en/', headers: { 'Content-Security-Policy': policy } }])).toThrow(/Content-Security-Policy of \/en\/ makes a line of \d+ characters, more than the 2000/);
	});

	it('refuses more rules than Cloudflare Pages reads, a line break in a value, and a path a host cannot read', () => {
		const many = Array.from({ length: 101 }, (_, index) => ({ path: `/p${index}/`, headers: { 'Cache-Control': 'no-cache' } }));
		expect(() => headersFile(many)).toThrow(/101 rules, more than the 100/);
		expect(() => headersFile([{ path: '/', headers: { 'X-Test': 'a\nb' } }])).toThrow(/line break/);
		expect(() => headersFile([{ path: 'en/', headers: { 'X-Test': 'a' } }])).toThrow(/must start with \//);
	});
});
