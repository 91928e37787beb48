import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Collection, Item } from 'postman-collection';
import newman, { type NewmanRunSummary } from 'newman';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATH, TEST_KEY, endpoints } from '../../contract/index.ts';
import { SANDBOX_ORIGIN } from '../../sandbox/config.ts';
import { localePrefixes } from '../../site/pages.ts';
import { startSandboxServer, type SandboxServer } from '../../sandbox/server.ts';
import { POSTMAN_COLLECTION_FILE } from '../postman.ts';

/* The Postman collection the site serves (dist/, so `npm run build` first), run by newman against the sandbox server. */
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const collection = JSON.parse(await readFile(`${dist}${POSTMAN_COLLECTION_FILE}`, 'utf8'));

let sandbox: SandboxServer;
beforeAll(async () => {
	sandbox = await startSandboxServer({ port: 0, log: () => {} });
});
afterAll(() => sandbox?.close());

function run(baseUrl: string): Promise<NewmanRunSummary> {
	return new Promise((resolve, reject) =>
		newman.run({ collection, envVar: [{ key: 'baseUrl', value: baseUrl }], reporters: [] }, (error, summary) => (error ? reject(error) : resolve(summary))),
	);
}

describe('the Postman collection', () => {
	it('is a v2.1 collection that the Postman SDK reads back whole: every endpoint, its example, its test', () => {
		expect(collection.info.schema).toBe('https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
		const read = new Collection(collection);
		expect(Object.fromEntries(read.variables.all().map((variable) => [variable.key, variable.value]))).toEqual({ baseUrl: `${SANDBOX_ORIGIN}${API_PATH}`, apiKey: TEST_KEY });
		const items = read.items.all().filter((item): item is Item => Item.isItem(item));
		expect(items.map((item) => item.name)).toEqual(endpoints.map((endpoint) => endpoint.title.en));
		for (const [index, endpoint] of endpoints.entries()) {
			const item = items[index]!;
			expect(item.request.method).toBe(endpoint.method);
			expect(item.request.url.getQueryString()).toBe('api_key={{apiKey}}');
			expect(item.request.body?.raw ? JSON.parse(item.request.body.raw) : undefined).toEqual(endpoint.example.body);
			expect(item.responses.count()).toBe(1);
			expect(JSON.parse(item.responses.all()[0]!.body!)).toEqual(endpoint.success.example);
			expect(item.events.listeners('test')).toHaveLength(1);
		}
	});

	it('is linked from the Introduction of both locales', async () => {
		for (const { prefix } of localePrefixes) expect(await readFile(`${dist}${prefix}index.html`, 'utf8'), prefix).toContain(`href="/${POSTMAN_COLLECTION_FILE}"`);
	});

	it('runs with newman against the sandbox: every request answers and every assertion passes', async () => {
		const summary = await run(`${sandbox.url}${API_PATH}`);
		const failures = summary.run.failures.map((failure) => `${failure.source?.name}: ${failure.error.message}`);
		expect(failures).toEqual([]);
		expect(summary.run.stats.requests).toMatchObject({ total: endpoints.length, failed: 0 });
		expect(summary.run.stats.assertions.total).toBe(endpoints.length * 3);
		expect(summary.run.stats.assertions.failed).toBe(0);
	});

	it('its tests fail an answer of another shape', async () => {
		// The sandbox's documented test key answers, but under a path the API does not have: 404s.
		const summary = await run(`${sandbox.url}${API_PATH}/nowhere`);
		expect(summary.run.stats.assertions.failed).toBe(endpoints.length * 2);
	});
});
