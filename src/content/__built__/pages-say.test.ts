import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { CALLBACK_RETRY_DELAYS_SECONDS, endpoints, errorCatalog, errorStatuses, type Locale } from '../../contract/index.ts';
import { endpointResponseErrors } from '../../reference/page-facts.ts';
import { localePrefixes, pagePath, pageSlugs, type PageSlug } from '../../site/pages.ts';

/*
 * What the built pages (`npm run build` first) tell a developer, in both locales: facts where they
 * are needed, nothing the contract does not say, and the HTML saying what the Markdown twin says.
 */
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const html = async (prefix: string, slug: PageSlug) => parse(await readFile(`${dist}${prefix}${pagePath(slug)}index.html`, 'utf8'));
const text = (element: HTMLElement | null) => element!.textContent.replace(/\s+/g, ' ');
/** The text of a section: what follows its heading (in Starlight's wrapper) up to the next heading. */
function section(page: HTMLElement, id: string): string {
	const parts: string[] = [];
	for (let next = page.querySelector(`#${id}`)!.closest('.sl-heading-wrapper')!.nextElementSibling; next && !next.classList.contains('sl-heading-wrapper'); next = next.nextElementSibling) parts.push(text(next));
	return parts.join(' ');
}
const number = { 5: { en: 'five', ko: '다섯' } } as Record<number, Record<Locale, string>>;

describe.each(localePrefixes.map(({ prefix, lang }) => ({ prefix, lang: lang as Locale })))('/$prefix', ({ prefix, lang }) => {
	it('says under every endpoint how test mode completes tasks, with a link to its rule', async () => {
		const page = await html(prefix, 'tasks');
		for (const endpoint of endpoints) {
			const section = page.querySelector(`.endpoint[data-operation="${endpoint.id}"]`)!;
			expect(section.querySelectorAll('a').map((link) => link.getAttribute('href')), endpoint.id).toContain(`/${prefix}authentication/#test-mode`);
		}
	});

	it('describes callbacks with the retries the contract makes, and their end', async () => {
		const description = (await html(prefix, 'callbacks')).querySelector('meta[name="description"]')!.getAttribute('content')!;
		expect(description).toContain(number[CALLBACK_RETRY_DELAYS_SECONDS.length]![lang]);
		expect(description).toContain(String(CALLBACK_RETRY_DELAYS_SECONDS.at(-1)! / 3600));
	});

	it('claims no cost, and names the dashboard without a link', async () => {
		const pages = await Promise.all(pageSlugs.map((slug) => html(prefix, slug)));
		const llms = await readFile(`${dist}${prefix}llms-full.txt`, 'utf8');
		for (const said of [...pages.map((page) => text(page.querySelector('main'))), llms]) expect(said).not.toMatch(/cost|free of charge|비용|무료/i);
		const dashboard = (await html(prefix, 'authentication')).querySelectorAll('main p').find((p) => /dashboard|대시보드/.test(p.textContent))!;
		expect(dashboard.querySelectorAll('a')).toEqual([]);
	});

	it('says how to retry, how to trust a callback and how to count characters', async () => {
		expect(section(await html(prefix, 'errors'), 'retrying')).toMatch(/Retry-After[\s\S]*metadata/);
		const receiving = section(await html(prefix, 'callbacks'), 'receiving-callbacks');
		expect(receiving).toMatch(lang === 'en' ? /no signature[\s\S]*GET \/v1\/tasks\/\{id\}[\s\S]*hard to guess/ : /서명이 없습니다[\s\S]*GET \/v1\/tasks\/\{id\}[\s\S]*추측하기 어렵게/);
		expect(text((await html(prefix, 'tasks')).querySelector('.endpoint[data-operation="createTask"] .field-note'))).toContain('[...text].length');
	});

	it('gives each response its meaning, by status, as the Markdown twin does', async () => {
		const page = await html(prefix, 'tasks');
		for (const endpoint of endpoints) {
			const items = page.querySelectorAll(`.endpoint[data-operation="${endpoint.id}"] .response-list li`).map(text);
			const statuses = items.map((item) => Number(/^\s*(\d{3})/.exec(item)![1]));
			expect(statuses).toEqual([endpoint.success.status, ...endpointResponseErrors(endpoint)].toSorted((a, b) => a - b));
			for (const status of endpointResponseErrors(endpoint)) {
				const meaning = errorCatalog[status].when[lang].replace(/`/g, '');
				expect(items.find((item) => item.trimStart().startsWith(String(status)))).toContain(meaning);
			}
		}
	});

	it('shows another failure in the error object than in the status table', async () => {
		const page = await html(prefix, 'errors');
		const examples = page.querySelectorAll('.json-example pre').map((pre) => pre.textContent);
		expect(examples).toHaveLength(1 + errorStatuses.length);
		expect(new Set(examples).size).toBe(examples.length);
	});
});
