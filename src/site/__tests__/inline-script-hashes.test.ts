import { describe, expect, it } from 'vitest';
import { addInlineScriptHashes, sha256 } from '../inline-script-hashes.ts';

const page = (head: string, body = '') =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"/>${head}<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-astro'; style-src 'self';"></head><body>${body}</body></html>`;

describe('addInlineScriptHashes', () => {
	it('allows exactly the inline scripts the page carries, and moves the policy first', () => {
		const html = addInlineScriptHashes(page('<script>one()</script>', '<script type="module">two()</script><script src="/x.js"></script>'));
		expect(html).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"\/><meta http-equiv="content-security-policy"/);
		expect(html).toContain(`script-src 'self' ${sha256('one()')} ${sha256('two()')};`);
		expect(html.match(/content-security-policy/g)).toHaveLength(1);
	});

	it("drops the hashes of other pages' scripts and keeps the sources that are not hashes", () => {
		const other = sha256('elsewhere()');
		const html = addInlineScriptHashes(
			`<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self' 'wasm-unsafe-eval' ${other} ${sha256('one()')}; style-src 'self' ${other}"></head><body><script>one()</script></body></html>`,
		);
		expect(html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256('one()')}; style-src 'self' ${other}"`);
	});

	it('skips data blocks, lists a script carried twice once, and never adds unsafe-inline', () => {
		const html = addInlineScriptHashes(page('<script type="application/json">{"a":1}</script><script>one()</script><script>one()</script>'));
		expect(html).not.toContain(sha256('{"a":1}'));
		expect(html.split(sha256('one()')).length).toBe(2);
		expect(html).not.toContain('unsafe-inline');
	});

	it('matches what a browser computes', () => {
		// echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
		expect(sha256('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});

	it('refuses a page without a policy', () => {
		expect(() => addInlineScriptHashes('<html><head><meta charset="utf-8"></head></html>')).toThrow(/Content-Security-Policy/);
	});
});
