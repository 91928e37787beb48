import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Code, List, Nodes, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse } from 'node-html-parser';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { endpointLabel, endpoints, errorCatalog, errorStatuses, errorTypes } from '../../contract/index.ts';
import { objectSections } from '../../reference/field-tables.ts';
import { fieldTablesOn } from '../../site/__support__/field-tables-on.ts';
import { fieldRows } from '../../reference/fields.ts';
import { sandboxAddress } from '../../reference/page-facts.ts';
import { exampleRequest, highlightLanguage, renderSample, sampleLanguages } from '../../samples/index.ts';
import { endpointsPage, errorsPage, localePrefixes, pagePath, pageSlugs } from '../../site/pages.ts';
import { strings } from '../../site/strings.ts';

/*
 * Each page's Markdown twin (`npm run build` first), read as CommonMark with GFM tables, holds what
 * its page shows: every field table, every example, the samples of every endpoint in all four
 * languages, the error catalog, its lists as lists of their own; and not the Try it panel.
 */
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const markdown = unified().use(remarkParse).use(remarkGfm);

function nodes(tree: Nodes): Nodes[] {
	return [tree, ...('children' in tree ? tree.children.flatMap(nodes) : [])];
}

/** The lists of a tree that are not inside another list. */
function topLists(tree: Nodes): List[] {
	if (tree.type === 'list') return [tree];
	return 'children' in tree ? tree.children.flatMap(topLists) : [];
}

// A field's cell starts with its name, as a word of its own.
const startsWithName = (cell: string, name: string) => cell === name || cell.startsWith(`${name} `);

// Code spans lose their backticks in the text of a Markdown tree.
const plain = (text: string) => text.replace(/`/g, '');

const cases = localePrefixes.flatMap(({ prefix, lang }) => pageSlugs.map((slug) => ({ lang, slug, path: `${prefix}${pagePath(slug)}` })));

describe.each(cases)('the twin of /$path', ({ lang, slug, path }) => {
	const t = strings(lang);
	const read = async () => {
		const [twin, html] = await Promise.all([readFile(`${dist}${path}index.md`, 'utf8'), readFile(`${dist}${path}index.html`, 'utf8')]);
		const tree = markdown.parse(twin) as Root;
		return { twin, tree, all: nodes(tree), page: parse(html).querySelector('.sl-markdown-content')! };
	};

	it('is Markdown alone, without the Try it panel', async () => {
		const { twin, all } = await read();
		expect(all.filter((node) => node.type === 'html').map((node) => toString(node))).toEqual([]);
		expect(twin).not.toContain(t('tryit.intro'));
		expect(twin).not.toContain(t('tryit.sendHint'));
	});

	it('holds every field table of the page under its caption, row by row', async () => {
		const { tree } = await read();
		const blocks = tree.children;
		for (const spec of fieldTablesOn(slug)) {
			const rows = fieldRows(spec.schema, spec.io, lang, spec.anchor);
			const table = blocks.find((node): node is Table => node.type === 'table' && startsWithName(toString(node.children[1]!.children[0]!), rows[0]!.name) && node.children.length === rows.length + 1);
			expect(table, `${spec.anchor} in /${path}`).toBeDefined();
			expect(toString(blocks[blocks.indexOf(table!) - 1]!), `${spec.anchor} caption`).toBe(t(spec.caption));
			rows.forEach((row, index) => {
				const cells = table!.children[index + 1]!.children.map((cell) => toString(cell));
				const text = cells.join(' ');
				expect(startsWithName(cells[0]!, row.name), `${row.id}: ${cells[0]}`).toBe(true);
				expect(text, row.id).toContain(row.type);
				if (row.required !== undefined) expect(text, row.id).toContain(row.required ? t('ref.required') : t('ref.optional'));
				expect(text, row.id).toContain(plain(row.description));
				for (const value of row.values ?? []) expect(text, row.id).toContain(value);
				if (row.default) expect(text, row.id).toContain(row.default);
			});
		}
	});

	it('holds the samples of every endpoint the page shows, in all four languages, as fenced code of their language', async () => {
		const { all, page } = await read();
		const titles = new Set(endpoints.map(endpointLabel));
		const samples = all.filter((node): node is Code => node.type === 'code' && titles.has(/^title="(.*)"$/.exec(node.meta ?? '')?.[1] ?? ''));
		const groups = Array.from({ length: Math.ceil(samples.length / sampleLanguages.length) }, (_, index) => samples.slice(index * sampleLanguages.length, (index + 1) * sampleLanguages.length));
		expect(groups, 'one group of samples per set of sample tabs on the page').toHaveLength(page.querySelectorAll('section.code-samples').length);
		for (const group of groups) {
			expect(group.map((code) => code.lang)).toEqual(sampleLanguages.map((language) => highlightLanguage[language]));
			const endpoint = endpoints.find((candidate) => group[0]!.meta === `title="${endpointLabel(candidate)}"`)!;
			const written = [undefined, sandboxAddress('base')].map((base) => sampleLanguages.map((language) => renderSample(language, exampleRequest(endpoint, base)).trimEnd()));
			expect(written, endpoint.id).toContainEqual(group.map((code) => code.value));
		}
		if (slug === endpointsPage) expect(groups.map((group) => group[0]!.meta)).toEqual(endpoints.map((endpoint) => `title="${endpointLabel(endpoint)}"`));
	});

	it('holds every example of the page as JSON', async () => {
		const { all } = await read();
		const examples = all.filter((node): node is Code => node.type === 'code' && node.lang === 'json').map((code) => JSON.parse(code.value) as unknown);
		const expected = [
			...Object.values(objectSections).filter(({ table }) => fieldTablesOn(slug).includes(table)).map(({ example }) => example),
			...(slug === endpointsPage ? endpoints.map((endpoint) => endpoint.success.example) : []),
			...(slug === errorsPage ? errorStatuses.map((status) => errorCatalog[status].example) : []),
		];
		for (const example of expected) expect(examples).toContainEqual(example);
	});

	// CommonMark joins two lists that follow each other into one (the Introduction's diagram and its steps did).
	it('keeps each ordered list of the page a list of its own', async () => {
		const { tree, page } = await read();
		const ordered = page.querySelectorAll('ol').filter((list) => !list.parentNode?.closest('li') && !list.closest('try-it'));
		expect(topLists(tree).filter((list) => list.ordered)).toHaveLength(ordered.length);
	});
});

describe.each(localePrefixes)('the twin of the /$prefix errors page', ({ prefix, lang }) => {
	it('holds the error catalog: a row and a section of every status', async () => {
		const tree = markdown.parse(await readFile(`${dist}${prefix}${pagePath(errorsPage)}index.md`, 'utf8')) as Root;
		const all = nodes(tree);
		const rows = all.filter((node) => node.type === 'tableRow').map((row) => toString(row));
		for (const status of errorStatuses) {
			expect(rows.some((row) => row.includes(String(status)) && row.includes(errorTypes[status]) && row.includes(plain(errorCatalog[status].when[lang]))), `${status} row`).toBe(true);
			expect(all.some((node) => node.type === 'heading' && toString(node) === `${status} ${errorTypes[status]}`), `${status} section`).toBe(true);
		}
	});
});
