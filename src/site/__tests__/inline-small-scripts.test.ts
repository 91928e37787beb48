import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPT_BYTES, inlineSmallScripts } from '../inline-small-scripts.ts';

describe('inlineSmallScripts', () => {
	const bytes = (count: number) => Buffer.alloc(count, 'a');

	it('inlines a script below the limit, and none at it or above', () => {
		expect(inlineSmallScripts('_astro/ThemeSelect.js', bytes(INLINE_SCRIPT_BYTES - 1))).toBe(true);
		expect(inlineSmallScripts('_astro/ThemeSelect.js', bytes(INLINE_SCRIPT_BYTES))).toBe(false);
	});

	it('counts bytes, not characters', () => {
		expect(inlineSmallScripts('_astro/ko.js', Buffer.from('가'.repeat(INLINE_SCRIPT_BYTES / 2)))).toBe(false);
	});

	it('never inlines a stylesheet or any other asset', () => {
		for (const file of ['_astro/style.css', '_astro/logo.svg', '_astro/font.woff2']) expect(inlineSmallScripts(file, bytes(10)), file).toBe(false);
	});
});
