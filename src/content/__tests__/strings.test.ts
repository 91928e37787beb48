import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_KEY_PATTERN, EXAMPLE_TASK_ID, KEY_SECRET_LENGTH, TEST_MODE_HEX_DIGITS, TEST_MODE_RULE_JS, MAX_BODY_BYTES, MAX_INSTRUCTION, MAX_METADATA_BYTES, MAX_TEXT_ATTACHMENT, endpoints, limitCount, limitKib, retryableStatuses, testModeCategory } from '../../contract/index.ts';
import { textFacts } from '../../reference/page-facts.ts';
import { localePrefixes, pageSlugs } from '../../site/pages.ts';
import { strings } from '../../site/strings.ts';
import { fill } from '../../tryit/strings.ts';
import en from '../i18n/en.json';
import ko from '../i18n/ko.json';

/*
 * What the pages and the strings of our components type themselves: prose, never a figure of the
 * contract, with one placeholder syntax for what is filled in.
 */
const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const mdx = localePrefixes.flatMap(({ prefix }) =>
	pageSlugs.map((slug) => ({ name: `${prefix}${slug}.mdx`, text: readFileSync(`${docs}${prefix}${slug === 'index' ? 'index' : slug}.mdx`, 'utf8') })),
);
const i18n = [...Object.entries(en), ...Object.entries(ko)].map(([key, text]) => ({ name: key, text }));

describe('figures of the contract', () => {
	const typed = [
		limitKib(MAX_BODY_BYTES),
		limitKib(MAX_METADATA_BYTES),
		limitCount(MAX_INSTRUCTION),
		limitCount(MAX_TEXT_ATTACHMENT),
		TEST_MODE_RULE_JS,
		new RegExp(`${KEY_SECRET_LENGTH} letters|숫자 ${KEY_SECRET_LENGTH}개|${TEST_MODE_HEX_DIGITS} hex|16진수 ${TEST_MODE_HEX_DIGITS}자리`),
		// The statuses to retry, listed in any of the ways prose lists them.
		new RegExp(retryableStatuses.map((status) => `\`?${status}\`?`).join('(,|, |,? or | 또는 )')),
	];
	it.each([...mdx, ...i18n])('are never typed into $name', ({ text }) => {
		for (const figure of typed) expect(text).not.toMatch(figure);
	});

	it('are filled into the strings, in each locale', () => {
		for (const { lang } of localePrefixes) {
			const t = strings(lang as 'en' | 'ko');
			expect(t('ref.codePoints')).toContain(limitKib(MAX_BODY_BYTES));
			expect(t('tryit.linkTooLarge')).toContain(limitKib(MAX_BODY_BYTES));
			expect(t('llms.assistantsText')).toContain(textFacts(lang as 'en' | 'ko').retryStatuses);
			for (const status of retryableStatuses) expect(textFacts(lang as 'en' | 'ko').retryStatuses).toContain(String(status));
		}
	});
});

describe('placeholders', () => {
	it.each(i18n)('$name uses {{name}} and no other syntax', ({ text }) => {
		expect(text.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/[{}]/);
	});

	it('the panel fills them in the same syntax', () => {
		expect(fill(en['tryit.listMore'], { count: 3 })).toBe('3 more items are in the body: edit them as JSON.');
	});

	it('a value passed wins over a figure of the contract, and an unknown name is left for later', () => {
		expect(strings('en')('tryit.jsonError')).toContain('{{line}}');
	});
});

it.each(localePrefixes)('the Tasks page of /$prefix names each endpoint as its heading does', ({ prefix, lang }) => {
	const tasks = mdx.find(({ name }) => name === `${prefix}tasks.mdx`)!.text;
	const description = /^description: (.*)$/m.exec(tasks)![1]!;
	for (const endpoint of endpoints) expect(description).toContain(endpoint.title[lang as 'en' | 'ko']);
});

it('the test-mode rule the docs show as JavaScript is the rule the contract runs', () => {
	const rule = new Function('categories', 'external_id', `return ${TEST_MODE_RULE_JS};`) as (categories: string[], id: string) => string;
	for (const id of ['00000000-0000-4000-8000-000000000000', 'ffffffff-0000-4000-8000-000000000000', EXAMPLE_TASK_ID, '7a3f9c21-1111-4000-8000-000000000000']) {
		for (const categories of [['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e', 'f', 'g']]) {
			expect(rule(categories, id)).toBe(testModeCategory({ external_id: id, params: { attachment_type: 'text', attachment: 'x', categories } }));
		}
	}
	expect(API_KEY_PATTERN.test(`test_${'a'.repeat(KEY_SECRET_LENGTH)}`)).toBe(true);
	expect(API_KEY_PATTERN.test(`test_${'a'.repeat(KEY_SECRET_LENGTH + 1)}`)).toBe(false);
});
