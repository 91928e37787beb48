import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, endpointById } from '../../contract/index.ts';
import { sampleLanguages } from '../index.ts';
import { startSandboxServer, type SandboxServer } from '../../sandbox/server.ts';
import { extractMarkdownSamples, extractSamples, type PageSample } from '../__support__/extract.ts';
import { localePrefixes } from '../../site/pages.ts';
import { missingRuntimes, runSample } from '../__support__/runtimes.ts';

/*
 * Runs every request sample of the built site (dist/, so `npm run build` first), as a reader
 * copies it, with curl, ruby + httparty, python3 + requests and node, against the local sandbox
 * server. Only the host changes.
 */
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const samples = await extractSamples(dist);
const api = new URL(BASE_URL);

// The same code stands on the Korean and the English page: run it once, name every page it is on.
const unique = new Map<string, PageSample[]>();
for (const sample of samples) unique.set(`${sample.language}\n${sample.code}`, [...(unique.get(`${sample.language}\n${sample.code}`) ?? []), sample]);

let server: SandboxServer;
const log: string[] = [];

beforeAll(async () => {
	const missing = await missingRuntimes([...sampleLanguages]);
	if (missing.length) throw new Error(`Cannot run the samples; missing runtimes:\n${missing.join('\n')}`);
	server = await startSandboxServer({ port: 0, log: (line) => log.push(line) });
});
afterAll(() => server?.close());

describe('the built site has samples', () => {
	it('in all four languages for every endpoint, on pages of both locales', () => {
		for (const operation of ['listTasks', 'getTask', 'createTask'] as const) {
			for (const language of sampleLanguages) {
				const found = samples.filter((sample) => sample.operation === operation && sample.language === language);
				expect(found.map((sample) => sample.page), `${operation} ${language}`).toEqual(expect.arrayContaining(['/tasks/', '/en/tasks/']));
			}
		}
		expect(unique.size).toBe(12);
	});

	// What an assistant reads: the same samples, in the Markdown of the whole reference.
	it('and llms-full.txt of both locales holds exactly those samples, which run below with them', async () => {
		for (const { prefix } of localePrefixes) {
			const inFile = (await extractMarkdownSamples(dist, `${prefix}llms-full.txt`)).filter((sample) => sample.code.includes(api.origin));
			expect(new Set(inFile.map((sample) => `${sample.language}\n${sample.code}`)), prefix).toEqual(new Set(unique.keys()));
		}
	});
});

describe('every sample runs as written', () => {
	for (const [, pages] of unique) {
		const { operation, language, code } = pages[0]!;
		const where = pages.map((sample) => sample.page).join(', ');
		it(`${operation} in ${language} (${where})`, async () => {
			expect(code, 'a sample talks to the documented host').toContain(api.origin);
			const local = code.replaceAll(api.origin, server.url);
			const before = log.length;
			const result = await runSample(language, local);
			const report = `${language} sample of ${operation} on ${where}\n--- code\n${code}\n--- exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
			expect(result.code, report).toBe(0);
			let body: unknown;
			expect(() => (body = JSON.parse(result.stdout)), `${report}\nprinted no JSON`).not.toThrow();
			const endpoint = endpointById(operation);
			const parsed = endpoint.success.schema.safeParse(body);
			expect(parsed.success, `${report}\ndoes not match the contract: ${parsed.error?.message}`).toBe(true);
			const requests = log.slice(before);
			expect(requests, report).toHaveLength(1);
			expect(requests[0], report).toMatch(new RegExp(`^${endpoint.method} ${api.pathname}\\S* ${endpoint.success.status} `));
		});
	}
});
