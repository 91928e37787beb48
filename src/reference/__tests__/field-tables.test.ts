import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { endpointById } from '../../contract/index.ts';
import { bodyFieldId } from '../field-ids.ts';
import type { FieldTableSpec } from '../field-tables.ts';
import { fieldTablesOn } from '../../site/__support__/field-tables-on.ts';
import { fieldRows } from '../fields.ts';
import { endpointsPage, pageSlugs } from '../../site/pages.ts';

/**
 * The fields of a schema found by walking zod's own structure, apart from the JSON Schema walk
 * that builds the tables: objects and the objects of arrays are documented field by field;
 * records and unions are free-form or one value.
 */
function zodFields(schema: z.ZodType, prefix = ''): string[] {
	if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) return zodFields(schema.unwrap() as z.ZodType, prefix);
	if (schema instanceof z.ZodArray && schema.element instanceof z.ZodObject) return zodFields(schema.element, `${prefix.slice(0, -1)}[].`);
	if (!(schema instanceof z.ZodObject)) return [];
	return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => [`${prefix}${key}`, ...zodFields(field, `${prefix}${key}.`)]);
}

const rows = (table: FieldTableSpec, locale: 'en' | 'ko') => fieldRows(table.schema, table.io, locale, table.anchor);

describe.each(pageSlugs.map((slug) => [slug, fieldTablesOn(slug)] as const))('the field tables of the %s page', (_, tables) => {
	it('give every field of every schema exactly one row, with an id', () => {
		for (const table of tables) {
			expect(rows(table, 'en').map((row) => row.name), table.anchor).toEqual(zodFields(table.schema));
		}
	});

	it('have ids unique on the page and the same in both languages', () => {
		const ids = tables.flatMap((table) => rows(table, 'en').map((row) => row.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(tables.flatMap((table) => rows(table, 'ko').map((row) => row.id))).toEqual(ids);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+(\.[a-z0-9_]+)+$/);
	});
});

it('a field error of a create body points to its row', () => {
	const create = endpointById('createTask');
	const ids = new Set(fieldTablesOn(endpointsPage).flatMap((table) => rows(table, 'en').map((row) => row.id)));
	for (const path of ['params.categories.1', 'callback_url', 'params.attachment_type', 'instruction']) expect(ids).toContain(bodyFieldId(create, path));
	expect(bodyFieldId(create, 'params.categories.1')).toBe('create-a-task.body.params.categories');
});
