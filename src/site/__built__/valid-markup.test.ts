import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../built-files.ts';

/*
 * Every page of both builds (`npm run build && npm run build:base` first), the Try it panels'
 * templates included, against html-validate's `standard` preset: the markup as a browser gets it,
 * after every integration has rewritten it.
 */
const validator = new HtmlValidate({ root: true, extends: ['html-validate:standard'] });

interface Upstream {
	/** Whose markup it is, and what is wrong with it. */
	what: string;
	rule: string;
	message: string;
	/** Whether the finding is at exactly that markup, from the page's text and where its element starts. */
	at: (html: string, start: number) => boolean;
}

/**
 * Findings in markup of the libraries the site is built with, by rule, message and the exact markup
 * they are found at: reported upstream rather than patched here. Anything else fails.
 */
const UPSTREAM: Upstream[] = [
	{
		what: 'Expressive Code (@expressive-code/plugin-frames): the copy button of a code block holds an empty <div>, where a <button> allows phrasing content only',
		rule: 'element-permitted-content',
		message: '<div> element is not permitted as content under <button>',
		at: (html, start) => {
			const copy = html.lastIndexOf('<div class="copy">', start);
			return copy >= 0 && /^<div class="copy"><div aria-live="polite"><\/div><button title="[^"]*" data-copied="[^"]*"( data-code="[^"]*")?>$/.test(html.slice(copy, start)) && html.startsWith('<div></div></button></div>', start);
		},
	},
];

/** What html-validate finds in a page, but for the upstream findings above, one line each. */
async function ourFindings(html: string, file: string): Promise<string[]> {
	const report = await validator.validateString(html, file);
	const upstream = (message: Message) => UPSTREAM.some(({ rule, message: text, at }) => message.ruleId === rule && message.message === text && at(html, message.offset - '<'.length));
	return report.results
		.flatMap((result) => result.messages)
		.filter((message) => !upstream(message))
		.map((message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`);
}

it('excuses an upstream finding at its own markup only: the same finding anywhere else counts', async () => {
	const page = (body: string) => `<!doctype html><html lang="en"><head><title>Page</title></head><body>${body}</body></html>`;
	const copyButton = '<div class="copy"><div aria-live="polite"></div><button title="Copy" data-copied="Copied" data-code="ls"><div></div></button></div>';
	expect(await ourFindings(page(`<figure>${copyButton}</figure>`), 'upstream.html')).toEqual([]);
	// Where the copy is exactly what the block shows, the button carries no copy of the code.
	expect(await ourFindings(page(`<figure>${copyButton.replace(' data-code="ls"', '')}</figure>`), 'upstream.html')).toEqual([]);
	expect(await ourFindings(page('<div class="copy"><button type="button"><div></div></button></div>'), 'ours.html')).toEqual([
		'ours.html:1:111 element-permitted-content: <div> element is not permitted as content under <button> (html > body > div > button > div)',
	]);
});

const builds = ['dist', 'dist-base'];

for (const dir of builds) {
	const root = fileURLToPath(new URL(`../../../${dir}/`, import.meta.url));
	const pages = await builtPages(root);

	describe(`${dir}: html-validate (standard) finds nothing in the markup the site writes`, () => {
		it('has the pages to check', () => expect(pages.length).toBeGreaterThan(10));

		for (const file of pages) {
			// Generous: a loaded machine validates a reference page in seconds.
			it(file, { timeout: 60_000 }, async () => {
				expect(await ourFindings(await readFile(join(root, file), 'utf8'), file)).toEqual([]);
			});
		}
	});
}
