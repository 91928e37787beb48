import { describe, expect, it } from 'vitest';
import type { HeaderRule } from '../header-rules.ts';
import { nginxSite } from '../nginx-site.ts';

describe('nginxSite', () => {
	const types = new Map([
		['html', 'text/html; charset=utf-8'],
		['md', 'text/markdown; charset=utf-8'],
	]);
	// What nginx does with the configuration is tested against nginx itself, in hosting.nginx.spec.ts.
	it('refuses a value nginx would read otherwise, and rules nginx cannot both apply', () => {
		const withVariable = [{ path: '/a/', headers: { 'X-Test': 'costs $5' } }];
		expect(() => nginxSite({ rules: withVariable, base: '/', hidden: [], types })).toThrow(/cannot take as it is: costs \$5/);
		const nested: HeaderRule[] = [{ path: '/a/*', headers: { 'X-One': '1' } }, { path: '/a/b.js', headers: { 'X-Two': '2' } }];
		expect(() => nginxSite({ rules: nested, base: '/', hidden: [], types })).toThrow(/\/a\/\* and \/a\/b.js match one path/);
	});
});
