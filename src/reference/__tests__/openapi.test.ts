import { validate, compileErrors } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	BASE_URL,
	CALLBACK_RETRY_DELAYS_SECONDS,
	CALLBACK_TIMEOUT_SECONDS,
	MAX_TEXT_ATTACHMENT,
	TEST_KEY,
	createTaskExample,
	endpoints,
	errorBodySchema,
	errorCatalog,
	errorStatuses,
	type TaskCreate,
} from '../../contract/index.ts';
import { server } from '../../../mocks/node.ts';
import { openApiDocument } from '../openapi.ts';

const document = openApiDocument();
type Operation = {
	operationId: string;
	parameters: { name: string; in: string; example: string }[];
	requestBody?: { description?: string; content: Record<string, { schema: object; example: unknown }> };
	responses: Record<string, { content: Record<string, { schema: object; example: unknown }> }>;
};
type PathItem = { description: string } & Record<string, Operation>;
const operations = Object.entries(document.paths as Record<string, PathItem>).flatMap(([path, item]) =>
	Object.entries(item)
		.filter(([method]) => method !== 'description')
		.map(([method, operation]) => ({ path, method: method.toUpperCase(), operation: operation as Operation })),
);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ $id: 'doc', components: document.components });
/** true, or what the document's own schema says is wrong with the value. */
function check(schema: object, value: unknown): true | string {
	const resolved = JSON.parse(JSON.stringify(schema).replaceAll('#/components/', 'doc#/components/'));
	return ajv.validate(resolved, value) || ajv.errorsText();
}

describe('the OpenAPI document', () => {
	it('is valid OpenAPI 3.1', async () => {
		const result = await validate(structuredClone(document) as never);
		expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
		expect(document.openapi).toBe('3.1.0');
	});

	it('has every endpoint of the contract, once', () => {
		expect(operations.map(({ operation }) => operation.operationId).toSorted()).toEqual(endpoints.map((endpoint) => endpoint.id).toSorted());
		for (const endpoint of endpoints) {
			expect(operations.find(({ operation }) => operation.operationId === endpoint.id)).toMatchObject({ path: endpoint.path, method: endpoint.method });
		}
	});

	it('documents every error of the catalog: 405 on each path, the others as responses', () => {
		const documented = new Set(operations.flatMap(({ operation }) => Object.keys(operation.responses).map(Number)));
		for (const status of errorStatuses.filter((status) => status !== 405)) expect(documented, String(status)).toContain(status);
		expect(documented).not.toContain(405);
		for (const item of Object.values(document.paths as Record<string, PathItem>)) {
			expect(item.description).toMatch(/Allow/);
			// HEAD is no operation of its own: the path says it answers as GET, and its Allow names it.
			if ('get' in item) expect(item.description).toMatch(/`HEAD` answers what `GET` would.*Here: GET, HEAD/);
		}
	});

	it('describes the callback of task creation: its body, headers, timeout and retries, with an example its schema accepts', () => {
		const create = operations.find(({ operation }) => operation.operationId === 'createTask')!.operation as Operation & { callbacks?: Record<string, Record<string, { post: Operation & { description: string } }>> };
		const post = Object.values(create.callbacks?.taskCompleted ?? {})[0]?.post;
		expect(Object.keys(create.callbacks?.taskCompleted ?? {})).toEqual(['{$request.body#/callback_url}']);
		const media = post!.requestBody!.content['application/json']!;
		expect(check(media.schema, media.example)).toBe(true);
		expect(media.example).toMatchObject({ status: 'completed' });
		expect(post!.parameters).toContainEqual(expect.objectContaining({ name: 'User-Agent', in: 'header' }));
		for (const fact of [`within ${CALLBACK_TIMEOUT_SECONDS} seconds`, `retried ${CALLBACK_RETRY_DELAYS_SECONDS.length} times`, 'external_id', 'test mode']) expect(post!.description).toContain(fact);
		expect(operations.filter(({ operation }) => 'callbacks' in operation).map(({ operation }) => operation.operationId)).toEqual(['createTask']);
	});

	it('has examples that its own schemas accept, and rejects what the contract rejects', () => {
		for (const { operation } of operations) {
			for (const [status, response] of Object.entries(operation.responses)) {
				const media = response.content['application/json']!;
				expect(check(media.schema, media.example), `${operation.operationId} ${status}`).toBe(true);
			}
			if (operation.requestBody) {
				const media = operation.requestBody.content['application/json']!;
				expect(check(media.schema, media.example)).toBe(true);
				expect(check(media.schema, { ...(media.example as object), unknown: 1 })).not.toBe(true);
				expect(check(media.schema, { ...(media.example as object), callback_url: 'not a url' })).not.toBe(true);
			}
		}
	});
});

describe('a client built from the document alone is answered as it documents', () => {
	beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
	afterAll(() => server.close());

	const { servers, components } = document;
	const scheme = components.securitySchemes.apiKey;

	/** The request a generator would make from the document: its server, path examples, security scheme and body example. */
	function request({ path, method, operation }: (typeof operations)[number], key?: string) {
		const url = new URL(servers[0]!.url + path.replace(/\{(\w+)\}/g, (_, name: string) => operation.parameters.find((p) => p.name === name)!.example));
		if (key !== undefined) {
			expect(scheme.in).toBe('query');
			url.searchParams.set(scheme.name, key);
		}
		const body = operation.requestBody?.content['application/json']!.example;
		return fetch(url, { method, ...(body ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {}) });
	}

	it.each(operations.map((entry) => [entry.operation.operationId, entry] as const))('%s, with the test key, gets its documented success', async (_, entry) => {
		const response = await request(entry, TEST_KEY);
		const documented = entry.operation.responses[String(response.status)];
		expect(documented, `status ${response.status}`).toBeDefined();
		expect(response.status).toBeLessThan(300);
		expect(check(documented!.content['application/json']!.schema, await response.json())).toBe(true);
	});

	it.each(operations.map((entry) => [entry.operation.operationId, entry] as const))('%s, without the key, gets its documented 401', async (_, entry) => {
		const response = await request(entry);
		expect(response.status).toBe(401);
		expect(check(entry.operation.responses['401']!.content['application/json']!.schema, await response.json())).toBe(true);
	});
});

describe('the error body as the document states it', () => {
	const schema = { $ref: '#/components/schemas/Error' };
	const { error } = errorCatalog[404].example;
	it.each([
		['a documented 404', { error }],
		['a 404 of the 400 type', { error: { ...error, type: 'invalid_request' } }],
		['a 404 with fields', { error: { ...error, fields: [{ path: 'body', message: 'x' }] } }],
		['a 400 without fields', { error: { status: 400, type: 'invalid_request', message: 'x' } }],
		['the documented 400', errorCatalog[400].example],
	])('%s: the document and the contract agree', (_, body) => {
		expect(check(schema, body) === true).toBe(errorBodySchema.safeParse(body).success);
	});
});

describe('the create body as the document states it, against the sandbox', () => {
	beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
	afterAll(() => server.close());

	const create = operations.find(({ operation }) => operation.operationId === 'createTask')!.operation;
	const media = create.requestBody!.content['application/json']!;
	const { task_type: _, metadata: __, ...minimal } = createTaskExample;
	const params = createTaskExample.params;
	const text = (attachment: string): TaskCreate => ({ ...minimal, params: { ...params, attachment_type: 'text', attachment } });

	// [what, body, whether the contract accepts it]
	const cases: [string, TaskCreate, boolean][] = [
		["the docs' example", createTaskExample, true],
		['the minimal body: instruction, params, callback_url', minimal, true],
		[`a text attachment of ${MAX_TEXT_ATTACHMENT} emoji (code points, not UTF-16 units)`, text('😀'.repeat(MAX_TEXT_ATTACHMENT)), true],
		['a text attachment that is no URL', text('A small brown dog.'), true],
		['an upper-case scheme', { ...minimal, callback_url: 'HTTPS://EXAMPLE.COM/hook' }, true],
		['repeated categories', { ...minimal, params: { ...params, categories: ['big', 'big'] } }, false],
		['an ftp: callback_url', { ...minimal, callback_url: 'ftp://example.com/callback' }, false],
		['an image attachment that is not a URL', { ...minimal, params: { ...params, attachment: 'dog1.jpg' } }, false],
		['an ftp: image attachment', { ...minimal, params: { ...params, attachment: 'ftp://example.com/dog1.jpg' } }, false],
		[`a text attachment over ${MAX_TEXT_ATTACHMENT} characters`, text('a'.repeat(MAX_TEXT_ATTACHMENT + 1)), false],
		['another task_type', { ...minimal, task_type: 'transcription' as never }, false],
	];

	it.each(cases)('%s: the sandbox and a validator built from the document agree', async (_, body, valid) => {
		const answer = await fetch(`${BASE_URL}/tasks?api_key=${TEST_KEY}`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
		expect(answer.status).toBe(valid ? 200 : 400);
		const verdict = check(media.schema, body);
		if (valid) expect(verdict).toBe(true);
		else expect(verdict).not.toBe(true);
	});

	it('says in words what JSON Schema cannot: the size limits and how characters are counted', () => {
		for (const fact of ['64 KiB', '16 KiB', 'code points']) expect(create.requestBody!.description).toContain(fact);
	});
});
