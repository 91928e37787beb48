import type { z } from 'zod';
import type { Locale } from '../contract/index.ts';
import { describe, hasFields, jsonSchemaOf, type JsonSchema } from './json-schema.ts';


export interface FieldRow {
	/** As a reader writes it: `params.categories`, `error.fields[].path`. */
	name: string;
	/** The row's permalink, the same in every locale: `create-a-task.body.params.categories`. */
	id: string;
	depth: number;
	type: string;
	/** The values a field may take, when there are more than a type label can show. */
	values?: string[];
	/** Only for what a client sends; every field of an output object is always there. */
	required?: boolean;
	/** JSON text of the default, when there is one. */
	default?: string;
	description: string;
}

const formatNames: Record<string, string> = { uri: 'URL', uuid: 'UUID', 'date-time': 'ISO 8601' };

/** A short type label that reads the same in both languages: `string[]`, `"image" | "text"`, `string (URL)`. */
export function typeLabel(schema: JsonSchema): string {
	if (schema.const !== undefined) return JSON.stringify(schema.const);
	if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
	if (schema.anyOf) {
		const labels = [...new Set(schema.anyOf.map(typeLabel))];
		return labels.join(' | ');
	}
	if (schema.type === 'array') return `${schema.items ? typeLabel(schema.items) : 'any'}[]`;
	if (schema.type === 'string' && schema.format && formatNames[schema.format]) return `string (${formatNames[schema.format]})`;
	return schema.type ?? 'any';
}

/** A field that is one of a list of literal values, and what type the values are. */
function literals(schema: JsonSchema): { type: string; values: unknown[] } | undefined {
	if (schema.enum) return { type: schema.type ?? typeof schema.enum[0], values: schema.enum };
	if (schema.anyOf?.every((option) => option.const !== undefined)) {
		const values = schema.anyOf.map((option) => option.const);
		return { type: values.every(Number.isInteger) ? 'integer' : (schema.anyOf[0]!.type ?? 'any'), values };
	}
	return undefined;
}

// Up to this many values fit the type column as a union; more are listed beside the description.
const INLINE_VALUES = 2;

/** The documented fields of an object, or of the objects of an array (`fields[]`); none for free-form ones (metadata). */
function nestedObject(field: JsonSchema): { schema: JsonSchema; suffix: string } | undefined {
	if (hasFields(field)) return { schema: field, suffix: '.' };
	if (field.type === 'array' && hasFields(field.items)) return { schema: field.items, suffix: '[].' };
	return undefined;
}

/**
 * One row per documented field, nested fields after their parent. `anchor` starts every row's
 * id (a section and the part of it: `create-a-task.body`); `[]` is left out of ids.
 */
export function fieldRows(schema: z.ZodType, io: 'input' | 'output', locale: Locale, anchor: string): FieldRow[] {
	const rows: FieldRow[] = [];
	const walk = (object: JsonSchema, prefix: string, depth: number) => {
		for (const [key, field] of Object.entries(object.properties ?? {})) {
			const name = prefix + key;
			const listed = literals(field);
			const many = listed && listed.values.length > INLINE_VALUES;
			rows.push({
				name,
				id: `${anchor}.${name.replaceAll('[]', '')}`,
				depth,
				type: many ? listed.type : typeLabel(field),
				...(many ? { values: listed.values.map((value) => JSON.stringify(value)) } : {}),
				...(io === 'input' ? { required: object.required?.includes(key) ?? false } : {}),
				...(field.default !== undefined ? { default: JSON.stringify(field.default) } : {}),
				description: describe(field, locale),
			});
			const nested = nestedObject(field);
			if (nested) walk(nested.schema, name + nested.suffix, depth + 1);
		}
	};
	walk(jsonSchemaOf(schema, io), '', 0);
	return rows;
}
