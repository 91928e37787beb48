import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	callbackExample,
	createTaskExample,
	endpoints,
	errorBodySchema,
	errorCatalog,
	errorStatuses,
	errorTypes,
	keyMode,
	seedTasks,
	taskCreateSchema,
	taskSchema,
	testModeCategory,
	validateCreateBody,
} from '../index.ts';

const seed = readFileSync(new URL('../../../../shared/seed/workersai-slate-reference.md', import.meta.url), 'utf8');

describe('examples validate against their schemas', () => {
	it.each(endpoints.map((endpoint) => [endpoint.id, endpoint] as const))('%s', (_, endpoint) => {
		expect(() => endpoint.success.schema.parse(endpoint.success.example)).not.toThrow();
		if (endpoint.body) expect(() => endpoint.body!.parse(endpoint.example.body)).not.toThrow();
		expect(() => endpoint.pathParams.parse(endpoint.example.pathParams)).not.toThrow();
	});

	it.each(errorStatuses)('error %i', (status) => {
		const { example } = errorCatalog[status];
		expect(errorBodySchema.parse(example).error).toMatchObject({ status, type: errorTypes[status] });
	});

	it('the callback example is the created example, completed by test mode', () => {
		expect(taskSchema.parse(callbackExample)).toMatchObject({ status: 'completed', response: { category: testModeCategory(callbackExample) } });
		expect(callbackExample.params.categories).toContain((callbackExample.response as { category: string }).category);
	});

	it('an error body breaking the shape rules is rejected', () => {
		expect(errorBodySchema.safeParse({ error: { status: 404, type: 'not_found', message: 'x', fields: [{ path: 'a', message: 'b' }] } }).success).toBe(false);
		expect(errorBodySchema.safeParse({ error: { status: 400, type: 'not_found', message: 'x', fields: [{ path: 'a', message: 'b' }] } }).success).toBe(false);
	});
});

describe('the seed data stays verbatim', () => {
	it.each(seedTasks.map((task) => [task.external_id, task] as const))('%s', (id, task) => {
		for (const text of [id, task.instruction, task.params.attachment, task.callback_url, ...task.params.categories]) {
			expect(seed).toContain(`"${text}"`);
		}
	});

	it('the documented test key is the seed key', () => {
		expect(seed).toContain('api_key=test_tV4NttbVsN3crLCFonEj');
		expect(keyMode('test_tV4NttbVsN3crLCFonEj')).toBe('test');
	});

	it('lists the dog first: it is the newer task', () => {
		expect(Date.parse(seedTasks[0]!.created_at)).toBeGreaterThan(Date.parse(seedTasks[1]!.created_at));
	});
});

describe('keys', () => {
	it.each([
		['test_tV4NttbVsN3crLCFonEj', 'test'],
		['live_ABCDEFGHIJ0123456789', 'live'],
		['test_short', undefined],
		['prod_tV4NttbVsN3crLCFonEj', undefined],
		['test_tV4NttbVsN3crLCFonE!', undefined],
	])('%s is %s', (key, mode) => expect(keyMode(key)).toBe(mode));
});

describe('validateCreateBody', () => {
	const valid = JSON.stringify(createTaskExample);
	const withBody = (patch: Record<string, unknown>, params: Record<string, unknown> = {}) =>
		JSON.stringify({ ...createTaskExample, ...patch, params: { ...createTaskExample.params, ...params } });
	const paths = (text: string) => {
		const result = validateCreateBody(text);
		return result.ok ? [] : result.fields.map((field) => field.path);
	};

	it('accepts the documented example and applies defaults', () => {
		const { task_type, metadata, ...minimal } = createTaskExample;
		const result = validateCreateBody(JSON.stringify(minimal));
		expect(result).toMatchObject({ ok: true, value: { task_type: 'categorization', metadata: {} } });
		expect(validateCreateBody(valid).ok).toBe(true);
	});

	it.each([
		['not JSON', '{"instruction": ', ['body']],
		['an array', '[]', ['body']],
		['null', 'null', ['body']],
		['larger than 64 KiB', withBody({ metadata: { pad: 'x'.repeat(70_000) } }), ['body']],
		['missing fields', '{}', ['instruction', 'params', 'callback_url']],
		['an unknown field', withBody({ priority: 'high' }), ['priority']],
		['an unknown params field', withBody({}, { colour: 'red' }), ['params.colour']],
		['one category', withBody({}, { categories: ['big'] }), ['params.categories']],
		['duplicate categories', withBody({}, { categories: ['big', 'big'] }), ['params.categories']],
		['an empty category', withBody({}, { categories: ['big', ''] }), ['params.categories.1']],
		['51 categories', withBody({}, { categories: Array.from({ length: 51 }, (_, i) => `c${i}`) }), ['params.categories']],
		['a javascript: callback URL', withBody({ callback_url: 'javascript:alert(1)' }), ['callback_url']],
		['a relative callback URL', withBody({ callback_url: '/callback' }), ['callback_url']],
		['an image that is not a URL', withBody({}, { attachment: 'dog.jpg' }), ['params.attachment']],
		['text over 10,000 characters', withBody({}, { attachment_type: 'text', attachment: 'a'.repeat(10_001) }), ['params.attachment']],
		['another task type', withBody({ task_type: 'transcription' }), ['task_type']],
		['10,000 emoji as instruction', withBody({ instruction: '😀'.repeat(10_000) }), ['instruction']],
		['an empty instruction', withBody({ instruction: '' }), ['instruction']],
		['metadata that is not an object', withBody({ metadata: [1, 2] }), ['metadata']],
		['metadata over 16 KiB', withBody({ metadata: { pad: 'x'.repeat(17_000) } }), ['metadata']],
	])('names the field of %s', (_, body, expected) => {
		expect(paths(body)).toEqual(expected);
	});

	it('accepts text attachments, localhost callbacks and unicode', () => {
		expect(validateCreateBody(withBody({ callback_url: 'http://localhost:3000/cb', instruction: '이 개는 큰가요? 🐕' }, { attachment_type: 'text', attachment: '<script>alert(1)</script>' })).ok).toBe(true);
	});
});

describe('test mode', () => {
	it('picks by the first 8 hex digits of the id, modulo the number of categories', () => {
		const task = { external_id: '00000005-0000-4000-8000-000000000000', params: { attachment_type: 'image' as const, attachment: 'http://a.b/c', categories: ['a', 'b', 'c'] } };
		expect(testModeCategory(task)).toBe('c');
		expect(testModeCategory({ ...task, external_id: 'ffffffff-0000-4000-8000-000000000000' })).toBe('a');
	});
});

it('the task object documents every field', () => {
	const json = z.toJSONSchema(taskSchema) as unknown as { $defs: { Task: { properties: Record<string, { description?: string }> } } };
	for (const [name, field] of Object.entries(json.$defs.Task.properties)) expect(field.description, name).toBeTruthy();
	expect(Object.keys(taskCreateSchema.shape)).toEqual(['task_type', 'instruction', 'params', 'callback_url', 'metadata']);
});
