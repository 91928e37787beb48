import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_KEY } from '../../contract/index.ts';
import { bundleCommand } from '../../sandbox/cli-options.ts';
import { SANDBOX_BUNDLE_FILE } from '../../sandbox/config.ts';
import { localePrefixes, pageSlugs } from '../../site/pages.ts';
import { parseLlmsTxt } from './llms-txt-format.ts';

/* Both llms.txt files (`npm run build` first), read by the llmstxt.org format's rules. */
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

describe.each(localePrefixes)('/$prefix llms.txt', ({ prefix }) => {
	it('is in the llmstxt.org format, with a section of every page and the Optional section by its name', async () => {
		const file = parseLlmsTxt(await readFile(`${dist}${prefix}llms.txt`, 'utf8'));
		expect(file.title).toBe('WorkersAI API');
		// Where an assistant gets the sandbox, and how it runs it.
		expect(file.info).toMatch(new RegExp(`https?://\\S+/${SANDBOX_BUNDLE_FILE}`));
		expect(file.info).toContain(bundleCommand());
		expect(file.info).toContain(TEST_KEY);
		const twins = Object.values(file.sections).flat().filter((link) => link.url.endsWith('/index.md'));
		expect(twins).toHaveLength(pageSlugs.length);
		for (const { url } of twins) await expect(readFile(`${dist}${new URL(url).pathname.slice(1)}`, 'utf8'), url).resolves.toMatch(/^# /);
		expect(Object.keys(file.sections)).toContain('Optional');
		expect(file.sections.Optional!.map((link) => new URL(link.url).pathname)).toEqual([`/${prefix}llms-full.txt`, '/openapi.json']);
	});
});
