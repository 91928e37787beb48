import { expect, it } from 'vitest';
import { createTaskExample } from '../../contract/index.ts';
import { validateSandboxBody } from '../../sandbox/validate.ts';
import { brokenRules } from '../body-rules.ts';
import { keyStrings } from '../__support__/key-strings.ts';

const body = JSON.stringify({ ...createTaskExample, params: { ...createTaskExample.params, categories: ['big', 5] }, colour: 'red' });
const checked = validateSandboxBody(body);
const message = (path: string) => (checked.ok ? undefined : checked.fields.find((field) => field.path === path)?.message);

it('shows a broken rule at its field, else at the nearest enclosing one, else under the body with its path', () => {
	expect(message('params.categories.1')).toBeDefined();
	expect(message('colour')).toBeDefined();
	expect(brokenRules(body, ['', 'params', 'params.categories'], keyStrings, 'en')).toEqual(
		new Map([
			['', [`colour: ${message('colour')}`]],
			['params', []],
			['params.categories', [message('params.categories.1')]],
		]),
	);
	expect(brokenRules(body, ['', 'params'], keyStrings, 'en').get('params')).toEqual([message('params.categories.1')]);
});

it('says where text stops being JSON, under the body', () => {
	expect(brokenRules('{"a": }', ['', 'params'], { ...keyStrings, jsonError: 'line {{line}}, column {{column}}' }, 'en')).toEqual(
		new Map([
			['', ['line 1, column 7']],
			['params', []],
		]),
	);
});
