import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
	MAX_INSTRUCTION,
	MAX_METADATA_BYTES,
	MAX_TEXT_ATTACHMENT,
	MAX_URL,
	TEST_KEY,
	callbackExample,
	codePointLength,
	createTaskExample,
	endpoints,
	errorBodySchema,
	errorCatalog,
	errorStatuses,
	errorTypes,
	keyMode,
	rule,
	ruleMessages,
	ruleText,
	seedTasks,
	taskCreateSchema,
	taskSchema,
	testModeCategory,
	utf8Length,
	validateCreateBody,
} from '../index.ts';
import { koreanTextFault } from '../../site/__support__/korean-text.ts';

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

// The seed reference's own example data, exactly as it wrote it (typos included): the docs and
// the sandbox must never "fix" it. This copy is the test's oracle, not a second source.
const verbatim = {
	key: 'test_tV4NttbVsN3crLCFonEj',
	tasks: [
		['623ed523-d7cf-4007-be3e-2732b3b9c526', 'Is this dog big or small?', 'http://www.dogsarebig.com/dog1.jpg', ['big', 'small']],
		['8f611c16-590f-4eb3-84d5-28a67417cad1', 'Is this hotdog or not hotdog?', 'http://www.silliconvalley.com/hotdog.jpg', ['hotdog', 'not hotdog']],
	],
	callback: 'http://example.com/callback',
} as const;

describe('the seed data stays verbatim', () => {
	it('in the seed tasks, dog first', () => {
		expect(seedTasks.map((task) => [task.external_id, task.instruction, task.params.attachment, task.params.categories])).toEqual(verbatim.tasks);
		for (const task of seedTasks) expect(task.callback_url).toBe(verbatim.callback);
	});

	it('in the documented test key, which is a test key', () => {
		expect(TEST_KEY).toBe(verbatim.key);
		expect(keyMode(TEST_KEY)).toBe('test');
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
	/** An http URL of exactly `length` characters. */
	const longUrl = (length: number) => `https://example.com/${'a'.repeat(length - 'https://example.com/'.length)}`;
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
		['a callback URL one character too long', withBody({ callback_url: longUrl(MAX_URL + 1) }), ['callback_url']],
		['an image URL one character too long', withBody({}, { attachment: longUrl(MAX_URL + 1) }), ['params.attachment']],
	])('names the field of %s', (_, body, expected) => {
		expect(paths(body)).toEqual(expected);
	});

	it(`accepts URLs of ${MAX_URL} characters, and says which rule a longer one breaks`, () => {
		expect(validateCreateBody(withBody({ callback_url: longUrl(MAX_URL) }, { attachment: longUrl(MAX_URL) })).ok).toBe(true);
		expect(validateCreateBody(withBody({ callback_url: longUrl(MAX_URL + 1) }))).toEqual({ ok: false, fields: [{ path: 'callback_url', message: ruleText(rule.urlTooLong, 'en') }] });
	});

	describe('metadata is kept exactly as sent, a `__proto__` key included', () => {
		// JSON.stringify cannot write an own `__proto__` key from an object literal: write the text.
		const withProto = (value: string) => valid.replace(/"metadata":\{/, `"metadata":{"__proto__":${value},`);

		it('returns it', () => {
			const result = validateCreateBody(withProto('{"role":"admin"}'));
			expect(result.ok).toBe(true);
			const metadata = result.ok ? result.value.metadata : {};
			expect(Object.hasOwn(metadata, '__proto__')).toBe(true);
			expect(JSON.stringify(metadata)).toBe(`{"__proto__":{"role":"admin"},${JSON.stringify(createTaskExample.metadata).slice(1)}`);
		});

		it(`counts it toward the ${MAX_METADATA_BYTES / 1024} KiB`, () => {
			expect(paths(withProto(JSON.stringify('x'.repeat(MAX_METADATA_BYTES))))).toEqual(['metadata']);
		});
	});

	it('accepts text attachments, localhost callbacks and unicode', () => {
		expect(validateCreateBody(withBody({ callback_url: 'http://localhost:3000/cb', instruction: '이 개는 큰가요? 🐕' }, { attachment_type: 'text', attachment: '<script>alert(1)</script>' })).ok).toBe(true);
	});
});

describe('counting without encoding', () => {
	it.each(['', 'abc', 'é', '한국어', '😀', 'a😀b', '\ud800', '\udc00x', 'x\ud800', '\ud800\ud800\udc00', 'mixed é 한 😀 \udfff end'])('%j: code points as iterating, UTF-8 bytes as TextEncoder', (text) => {
		expect(codePointLength(text)).toBe([...text].length);
		expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
	});
});

describe('test mode', () => {
	it('picks by the first 8 hex digits of the id, modulo the number of categories', () => {
		const task = { external_id: '00000005-0000-4000-8000-000000000000', params: { attachment_type: 'image' as const, attachment: 'http://a.b/c', categories: ['a', 'b', 'c'] } };
		expect(testModeCategory(task)).toBe('c');
		expect(testModeCategory({ ...task, external_id: 'ffffffff-0000-4000-8000-000000000000' })).toBe('a');
	});
});

describe('the task object and its creation body', () => {
	const properties = (schema: z.ZodType, io: 'input' | 'output') => {
		const json = z.toJSONSchema(schema, { io }) as { $ref?: string; $defs?: Record<string, { properties: Record<string, { description?: string }> }> };
		return json.$defs![json.$ref!.replace('#/$defs/', '')]!.properties;
	};

	it('documents every field in both languages', () => {
		for (const [name, field] of Object.entries(properties(taskSchema, 'output'))) {
			expect(field.description, name).toBeTruthy();
			expect((field as Record<string, unknown>)['x-description-ko'], name).toBeTruthy();
		}
	});

	it('every field a client sends is a field of the task, documented the same way, so the two tables cannot disagree', () => {
		const task = properties(taskSchema, 'output');
		for (const [name, field] of Object.entries(properties(taskCreateSchema, 'input'))) {
			expect(task[name], name).toBeDefined();
			expect(field.description, name).toBe(task[name]!.description);
		}
	});
});

describe('rule messages', () => {
	it('exist in both languages, the Korean as Korean, and differ from each other', () => {
		for (const [id, text] of Object.entries(ruleMessages)) {
			expect(text.en, id).toMatch(/^(must|is) /);
			expect(koreanTextFault(text.ko), id).toBeUndefined();
			expect(text.ko, id).toMatch(/[\uac00-\ud7a3]/);
		}
		expect(new Set(Object.values(ruleMessages).map((text) => text.en)).size).toBe(Object.keys(ruleMessages).length);
	});

	it('every field error of a bad body is a rule of the table, in the language asked for', () => {
		const bad = JSON.stringify({ task_type: 'x', instruction: '', params: { attachment_type: 'video', attachment: 7, categories: ['a', 'a', ''] }, callback_url: 'ftp://x', metadata: [], extra: 1 });
		for (const locale of ['en', 'ko'] as const) {
			const result = validateCreateBody(bad, locale);
			expect(result.ok).toBe(false);
			const known = new Set(Object.values(ruleMessages).map((text) => text[locale]));
			for (const field of result.ok ? [] : result.fields) expect(known, `${field.path}: ${field.message}`).toContain(field.message);
		}
	});

	it('name a missing field as missing, and a field of the wrong type by its type', () => {
		const result = validateCreateBody(JSON.stringify({ instruction: 5, callback_url: 'http://a.example/' }));
		expect(result.ok ? [] : result.fields).toEqual([
			{ path: 'instruction', message: ruleText(rule.string, 'en') },
			{ path: 'params', message: ruleText(rule.required, 'en') },
		]);
	});
});

describe('characters are code points, as Python counts them', () => {
	const withBody = (patch: Record<string, unknown>, params: Record<string, unknown> = {}) =>
		JSON.stringify({ ...createTaskExample, ...patch, params: { ...createTaskExample.params, ...params } });
	const fields = (text: string) => {
		const result = validateCreateBody(text);
		return result.ok ? [] : result.fields.map((field) => field.path);
	};
	const emoji = '🐕';
	const combining = 'e\u0301';
	const loneSurrogate = '\ud800';

	it('counts one per code point', () => {
		expect(codePointLength(emoji.repeat(3))).toBe(3);
		expect(codePointLength(combining)).toBe(2);
		expect(codePointLength(`a${loneSurrogate}b`)).toBe(3);
	});

	it.each([
		['emoji', emoji],
		['combining marks', combining],
		['lone surrogates', loneSurrogate],
	])('an instruction of exactly the limit in %s is accepted, one more is refused', (_, unit) => {
		const atLimit = unit.repeat(Math.ceil(MAX_INSTRUCTION / codePointLength(unit))).slice(0, MAX_INSTRUCTION * unit.length / codePointLength(unit));
		expect(codePointLength(atLimit)).toBe(MAX_INSTRUCTION);
		expect(fields(withBody({ instruction: atLimit }))).toEqual([]);
		expect(fields(withBody({ instruction: `${atLimit}x` }))).toEqual(['instruction']);
	});

	it('a text attachment of 6,000 emoji is valid; 10,001 code points are not', () => {
		expect(fields(withBody({}, { attachment_type: 'text', attachment: emoji.repeat(6_000) }))).toEqual([]);
		expect(fields(withBody({}, { attachment_type: 'text', attachment: emoji.repeat(MAX_TEXT_ATTACHMENT) }))).toEqual([]);
		expect(fields(withBody({}, { attachment_type: 'text', attachment: emoji.repeat(MAX_TEXT_ATTACHMENT + 1) }))).toEqual(['params.attachment']);
	});

	it('a category of 100 emoji is accepted, 101 is refused', () => {
		expect(fields(withBody({}, { categories: [emoji.repeat(100), 'small'] }))).toEqual([]);
		expect(fields(withBody({}, { categories: [emoji.repeat(101), 'small'] }))).toEqual(['params.categories.0']);
	});
});
