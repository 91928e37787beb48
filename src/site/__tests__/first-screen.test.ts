import { describe, expect, it } from 'vitest';
import { fieldTablesOn } from '../__support__/field-tables-on.ts';
import { pageSlugs } from '../pages.ts';
import { objectSectionEndId, firstScreenEnd, pageSlugOf } from '../first-screen.ts';
import { objectSections } from '../../reference/field-tables.ts';

describe('the first screen of a page', () => {
	it('knows a page by its route id, in both locales', () => {
		expect(pageSlugOf('tasks')).toBe('tasks');
		expect(pageSlugOf('en/tasks')).toBe('tasks');
		expect(pageSlugOf('index')).toBe('index');
		expect(pageSlugOf('en')).toBe('index');
		expect(pageSlugOf('404')).toBeUndefined();
		expect(pageSlugOf('en/404')).toBeUndefined();
	});

	it("ends after the example of the object a page opens with, and nowhere on pages that open with text", () => {
		expect(firstScreenEnd('tasks')).toBe('the-task-object.end');
		expect(firstScreenEnd('errors')).toBe('the-error-object.end');
		for (const slug of ['index', 'authentication', 'callbacks', 'sandbox'] as const) expect(firstScreenEnd(slug)).toBeUndefined();
		expect(firstScreenEnd(undefined)).toBeUndefined();
	});

	it('ends on exactly the pages whose first field table is an object shown beside its example', () => {
		for (const slug of pageSlugs) {
			const first = fieldTablesOn(slug)[0];
			const opensWithObject = Object.values(objectSections).some(({ table }) => table === first);
			expect(firstScreenEnd(slug), slug).toBe(opensWithObject ? objectSectionEndId(first!) : undefined);
		}
	});
});
