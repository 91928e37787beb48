import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { endpoints, errorCatalog, errorStatuses, errorTypes, seedTasks } from '../../contract/index.ts';
import { fieldTablesOn } from '../../site/__support__/field-tables-on.ts';
import { fieldRows } from '../../reference/fields.ts';
import { exampleRequest, renderSample, sampleLanguages } from '../../samples/index.ts';
import { localePrefixes, pageSlugs } from '../../site/pages.ts';
import { strings } from '../../site/strings.ts';

/*
 * What an assistant reads (`npm run build` first): llms-full.txt of each locale, with
 * everything the pages render from the contract, not only their prose.
 */
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const read = (path: string) => readFile(`${dist}${path}`, 'utf8');

describe.each(localePrefixes)('the $lang reference for assistants', ({ prefix, lang }) => {
	it('llms-full.txt holds every endpoint, field, sample and error of the contract, and the test-mode rules', async () => {
		const full = await read(`${prefix}llms-full.txt`);
		for (const endpoint of endpoints) {
			expect(full).toContain(`## ${endpoint.title[lang]}`);
			expect(full).toContain(`${endpoint.method} \`https://api.workers.ai/v1${endpoint.path}\``);
			for (const language of sampleLanguages) expect(full, `${endpoint.id} in ${language}`).toContain(renderSample(language, exampleRequest(endpoint)).trimEnd());
		}
		for (const slug of pageSlugs) {
			for (const table of fieldTablesOn(slug)) {
				for (const row of fieldRows(table.schema, table.io, lang, table.anchor)) expect(full, row.id).toContain(`| \`${row.name}\` `);
			}
		}
		for (const status of errorStatuses) {
			expect(full).toContain(`### ${status} \`${errorTypes[status]}\``);
			expect(full).toContain(errorCatalog[status].example.error.message);
		}
		expect(full).toContain(`categories[parseInt(external_id.slice(0, 8), 16) % categories.length]`);
		expect(full).toContain(seedTasks[1]!.external_id);
		expect(full).toContain(strings(lang)('ref.codePoints'));
	});

});
