import { describe, expect, it } from 'vitest';
import type { Locale } from '../../contract/index.ts';
import { SANDBOX_MAX_BYTES_PER_KEY, SANDBOX_MAX_KEYS } from '../../sandbox/config.ts';
import { pageMarkdown } from '../page-markdown.ts';
import { strings } from '../../site/strings.ts';

const context = (locale: Locale) => ({ locale, t: strings(locale), pages: `https://docs.example/${locale}/`, site: 'https://docs.example/' });

describe('a page as Markdown', () => {
	it.each(['en', 'ko'] as const)('states the sandbox limits as the %s page does, as numbers in the text', (locale) => {
		const markdown = pageMarkdown('Keeps <SandboxLimit of="bytesPerKey" /> of tasks of <SandboxLimit of="keys" /> keys.', context(locale));
		expect(markdown).toBe(`Keeps ${SANDBOX_MAX_BYTES_PER_KEY / 1024 / 1024} MiB of tasks of ${SANDBOX_MAX_KEYS.toLocaleString(locale)} keys.`);
	});

	it('never drops a component it has no Markdown for, in a line or as a block', () => {
		expect(() => pageMarkdown('A <Unknown /> word.', context('en'))).toThrow('<Unknown>');
		expect(() => pageMarkdown('<Unknown />', context('en'))).toThrow('<Unknown>');
	});

	it('keeps the text of plain HTML', () => {
		expect(pageMarkdown('A <span lang="en">word</span>.', context('ko'))).toBe('A word.');
	});
});
