import { describe, expect, it } from 'vitest';
import { MAX_METADATA_BYTES, bodyFault, createTaskExample, parseCreateBody, validateCreateJson } from '../../contract/index.ts';
import { emptyObjectsBody, largestBody } from '../bodies-at-the-limits.ts';
import { MAX_BODY_DEPTH } from '../config.ts';
import { sandboxRules } from '../messages.ts';
import { validateSandboxBody, type SandboxValidation } from '../validate.ts';

const depth = (value: unknown): number =>
	typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0;

/**
 * What the sandbox answers a create body with, said the plainest way: the contract's checks of the
 * parsed body, the depth limit before the schema, and the metadata as JSON.stringify writes it.
 * However it reads a body, the sandbox must say exactly this.
 */
function plainly(text: string): SandboxValidation {
	const parsed = parseCreateBody(text);
	if (!parsed.ok) return parsed;
	const { json } = parsed;
	if (typeof json === 'object' && json !== null && !Array.isArray(json) && depth(json) > MAX_BODY_DEPTH) return bodyFault(sandboxRules.bodyTooDeep.en);
	const result = validateCreateJson(json);
	if (!result.ok) return result;
	const { metadata, ...fields } = result.value;
	return { ok: true, value: { ...fields, metadataJson: JSON.stringify(metadata) } };
}

const example = JSON.stringify(createTaskExample);
/** The example with `metadata` written as given, in its place. */
const withMetadata = (metadata: string) => example.replace(/"metadata":\{[^{}]*\}/, `"metadata":${metadata}`);
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('a create body as the sandbox keeps it', () => {
	it.each([
		['the example', example],
		['the largest body', largestBody()],
		['metadata of thousands of empty objects', emptyObjectsBody()],
		['whitespace everywhere', ` {\n "metadata" : { "a" : [ 1 , { } , [ ] , "x" ] , "b":{ "c" :null } } ,${example.slice(1, -1)}\t}\r\n`.replace(/,"metadata":\{[^{}]*\}/, '')],
		['metadata first', `{"metadata":{"a":1},${example.slice(1).replace(/,"metadata":\{[^{}]*\}/, '')}`],
		['metadata twice', example.replace('{', '{"metadata":{"first":true},')],
		['metadata with an escaped name', example.replace('{', '{"meta\\u0064ata":{"first":true},')],
		['metadata, then its name escaped', example.replace(/\}$/, ',"meta\\u0064ata":{"last":true}}')],
		['an escaped name elsewhere', example.replace('{', '{"x\\u0041":1,')],
		['a key spelled twice', withMetadata('{"a":1,"b":2,"a":3}')],
		['a key spelled twice, deeper', withMetadata('{"a":{"b":1,"c":2,"b":3}}')],
		['a key spelled twice, apart', withMetadata('{"a":{"b":1},"c":{"b":2}}')],
		['array index keys', withMetadata('{"b":1,"2":2,"1":3,"01":4,"-1":5,"4294967295":6,"":7}')],
		['__proto__ keys', withMetadata('{"__proto__":{"admin":true},"a":{"__proto__":[1]}}')],
		['escapes JSON.stringify writes the same', withMetadata(String.raw`{"a":"q\" b\\ \b\f\n\r\t","k\"":1}`)],
		['escapes JSON.stringify writes otherwise', withMetadata(String.raw`{"a":"\u0041\/\u00e9\ud83d\ude00\ud800\u001f\u001F\u2028"}`)],
		['raw text beyond ASCII', withMetadata('{"이름":"값 😀 \u2028 \u007f","é":["ü"]}')],
		['numbers JSON.stringify writes the same', withMetadata('{"a":[0,-1,7,123456789012345,-123456789012345]}')],
		['numbers JSON.stringify writes otherwise', withMetadata('{"a":[1.0,1e2,1E2,-0,0.5,1234567890123456,12345678901234567890,1e400,-1e-400]}')],
		['literals', withMetadata('{"a":[true,false,null],"b":true,"c":null}')],
		['mixed runs of elements', withMetadata('{"a":[{},[],"s",1,{},{"b":[]},[[]],"t\\n",[{}],-0,{}]}')],
		[`metadata ${MAX_BODY_DEPTH - 1} levels deep`, withMetadata(`{"a":${nested(MAX_BODY_DEPTH - 2)}}`)],
		[`metadata ${MAX_BODY_DEPTH} levels deep`, withMetadata(`{"a":${nested(MAX_BODY_DEPTH - 1)}}`)],
		[`empty objects ${MAX_BODY_DEPTH} levels deep`, withMetadata(`{"a":${'['.repeat(MAX_BODY_DEPTH - 2)}{}${']'.repeat(MAX_BODY_DEPTH - 2)}}`)],
		[`objects ${MAX_BODY_DEPTH} levels deep, the last empty`, withMetadata(`${'{"a":'.repeat(MAX_BODY_DEPTH - 2)}{}${'}'.repeat(MAX_BODY_DEPTH - 2)}`)],
		[`objects ${MAX_BODY_DEPTH + 1} levels deep, the last empty`, withMetadata(`${'{"a":'.repeat(MAX_BODY_DEPTH - 1)}{}${'}'.repeat(MAX_BODY_DEPTH - 1)}`)],
		['too deep, in a key spelled twice', withMetadata(`{"a":${nested(150)},"a":1}`)],
		['too deep elsewhere', example.replace('{', `{"x":${nested(150)},`)],
		[`metadata of ${MAX_METADATA_BYTES} bytes`, withMetadata(JSON.stringify({ p: 'm'.repeat(MAX_METADATA_BYTES - 8) }))],
		[`metadata of ${MAX_METADATA_BYTES + 1} bytes`, withMetadata(JSON.stringify({ p: 'm'.repeat(MAX_METADATA_BYTES - 7) }))],
		[`metadata of ${MAX_METADATA_BYTES} bytes beyond ASCII`, withMetadata(JSON.stringify({ p: `${'한'.repeat(5459)}m` }))],
		[`metadata of ${MAX_METADATA_BYTES + 2} bytes beyond ASCII`, withMetadata(JSON.stringify({ p: `${'한'.repeat(5460)}` }))],
		['metadata within its bytes only without whitespace', withMetadata(`{"p":${' '.repeat(30_000)}"${'m'.repeat(MAX_METADATA_BYTES - 8)}"}`)],
		['metadata that is null', withMetadata('null')],
		['metadata that is an array', withMetadata('[{}]')],
		['metadata that is a string', withMetadata('"{}"')],
		['metadata with another fault beside it', example.replace('"instruction":"', '"instruction":5,"x":"')],
		['a body of faults only', '{"metadata":{},"zzz":1}'],
		['a trailing comma', withMetadata('{"a":1,}')],
		['a missing colon', withMetadata('{"a" 1}')],
		['an unclosed string', withMetadata('{"a":"x}')],
		['a raw control character', withMetadata('{"a":"x\u0001"}')],
		['a leading zero', withMetadata('{"a":01}')],
		['a literal misspelled', withMetadata('{"a":tru}')],
		['literals run together', withMetadata('{"a":[truefalse]}')],
		['an unclosed object', withMetadata('{"a":{}')],
		['a lone surrogate, raw', withMetadata('{"a":"\ud800"}')],
		['a lone high surrogate, raw, before a letter', withMetadata('{"a":"\ud800x"}')],
		['lone surrogates, raw, among other text', withMetadata('{"b":"y\udc00","\udbff":["\ud800\ud800\udc00"]}')],
		['a byte order mark', `\ufeff${example}`],
		['text after the body', `${example} {}`],
		['an array', `[${example}]`],
		['nothing', ''],
	])('%s: what the contract says of it, metadata as JSON.stringify writes it', (_, text) => {
		expect(validateSandboxBody(text)).toEqual(plainly(text));
	});

	// Once JSON.parse of Node 24 (V8 13.6) has read a key that ends in `\\`, such as `"\\"`, it reads
	// keys that differ from it only in their last escape (`"\n"`, `"\""`, `"\u0041"`) as that key, in any
	// body after. Metadata as sent is its text, not what the engine makes of it.
	it('keys of one escaped character come back as sent, whatever came before', () => {
		const metadata = String.raw`{"\\":1,"a":[{"__proto__":1,"\"":2,"\n":3,"\t":4}]}`;
		for (let round = 0; round < 2; round++) {
			const result = validateSandboxBody(withMetadata(metadata));
			expect(result.ok && result.value.metadataJson).toBe(metadata);
		}
	});

	it('so with any mix of whitespace, escapes, numbers, keys and nesting', () => {
		// A fixed seed: the same bodies every run.
		let seed = 17;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
		const space = () => pick(['', '', '', ' ', '\n  ', '\t']);
		const strings = ['', 'a', 'b', 'x y', '한', '😀', '\\"', '\\\\', '\\n', '\\u0041', '\\/', '\\ud800', '1', '10', '__proto__'];
		// Keys without escapes: after some, the reference reads others wrong (see above).
		const keys = strings.filter((string) => !string.includes('\\'));
		const numbers = ['0', '-1', '42', '1.5', '1e3', '-0', '007', '123456789012345', '1234567890123456'];
		const value = (level: number): string => {
			const kind = level > 4 ? random() * 3 : random() * 5;
			if (kind < 1) return `"${pick(strings)}"`;
			if (kind < 2) return pick(numbers);
			if (kind < 3) return pick(['true', 'false', 'null', '{}', '[]']);
			const count = Math.floor(random() * 4);
			const items = Array.from({ length: count }, () => (kind < 4 ? `${space()}${value(level + 1)}${space()}` : `${space()}"${pick(keys)}"${space()}:${space()}${value(level + 1)}${space()}`));
			return kind < 4 ? `[${items.join(',')}]` : `{${items.join(',')}}`;
		};
		for (let round = 0; round < 2_000; round++) {
			const metadata = `{${Array.from({ length: Math.floor(random() * 4) }, () => `${space()}"${pick(keys)}":${space()}${value(1)}`).join(',')}}`;
			const text = withMetadata(metadata);
			expect(validateSandboxBody(text), text).toEqual(plainly(text));
		}
	});
});
