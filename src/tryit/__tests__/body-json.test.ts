import { expect, it } from 'vitest';
import { MAX_BODY_DEPTH } from '../../sandbox/config.ts';
import { get, readObject, set } from '../body-json.ts';

it('reads a JSON object for the form, and says why other text cannot be one', () => {
	expect(readObject('{"a": {"b": 1}}')).toEqual({ a: { b: 1 } });
	expect(readObject('{"a": ')).toBe('notJson');
	expect(readObject('[1, 2]')).toBe('notObject');
	expect(readObject('null')).toBe('notObject');
	const nested = (depth: number): string => (depth ? `{"a": ${nested(depth - 1)}}` : '1');
	expect(readObject(nested(MAX_BODY_DEPTH))).toEqual(JSON.parse(nested(MAX_BODY_DEPTH)));
	expect(readObject(nested(MAX_BODY_DEPTH + 1))).toBe('tooDeep');
});

it('reads and writes a field by its path, making the objects on the way, and leaves out an undefined one', () => {
	const body: Record<string, unknown> = { params: 'not an object' };
	set(body, ['params', 'categories'], ['big']);
	expect(body).toEqual({ params: { categories: ['big'] } });
	expect(get(body, ['params', 'categories'])).toEqual(['big']);
	expect(get(body, ['params', 'categories', 'length', 'x'])).toBeUndefined();
	set(body, ['params', 'categories'], undefined);
	expect(body).toEqual({ params: {} });
});
