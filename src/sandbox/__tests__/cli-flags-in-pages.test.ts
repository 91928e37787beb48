import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sandboxFlags } from '../cli-options.ts';

// The pages name some options in their prose; each must be one the command line has.
const pages = ['sandbox.mdx', 'en/sandbox.mdx', 'callbacks.mdx', 'en/callbacks.mdx'];

describe('the options the pages name', () => {
	it.each(pages)('are the command line’s own, in %s', async (page) => {
		const text = await readFile(new URL(`../../content/docs/${page}`, import.meta.url), 'utf8');
		const named = [...text.matchAll(/`--([a-z-]+)/g)].map((match) => match[1]!);
		expect(named.length).toBeGreaterThan(0);
		expect(named.filter((name) => !(name in sandboxFlags))).toEqual([]);
	});
});
