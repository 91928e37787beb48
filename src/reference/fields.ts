import type { z } from 'zod';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

export type Locale = 'en' | 'ko';

export interface FieldRow {
	/** Dotted, e.g. `params.categories`. */
	name: string;
	depth: number;
	type: string;
	required: boolean;
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

function describe(schema: JsonSchema, locale: Locale): string {
	return (locale === 'ko' ? schema['x-description-ko'] : schema.description) ?? '';
}

/** One row per documented field, nested objects flattened after their parent. */
export function fieldRows(schema: z.ZodType, io: 'input' | 'output', locale: Locale): FieldRow[] {
	const rows: FieldRow[] = [];
	const walk = (object: JsonSchema, prefix: string, depth: number) => {
		for (const [key, field] of Object.entries(object.properties ?? {})) {
			const name = prefix + key;
			rows.push({
				name,
				depth,
				type: typeLabel(field),
				required: object.required?.includes(key) ?? false,
				...(field.default !== undefined ? { default: JSON.stringify(field.default) } : {}),
				description: describe(field, locale),
			});
			// A documented nested object (params) gets its fields listed; free-form ones (metadata) do not.
			if (field.type === 'object' && field.properties && Object.keys(field.properties).length) walk(field, `${name}.`, depth + 1);
		}
	};
	walk(jsonSchemaOf(schema, io), '', 0);
	return rows;
}
