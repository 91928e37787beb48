import * as z from 'zod';
import type { Locale } from '../contract/index.ts';

export type JsonSchema = {
	$ref?: string;
	$defs?: Record<string, JsonSchema>;
	type?: string;
	const?: unknown;
	enum?: unknown[];
	format?: string;
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	default?: unknown;
	description?: string;
	'x-description-ko'?: string;
	[keyword: string]: unknown;
};

/**
 * The JSON Schema of a contract schema with its root `$ref` resolved. `input` is what a client
 * sends (fields with defaults are optional), `output` what the API returns.
 */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
	const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
	const name = json.$ref?.replace('#/$defs/', '');
	return name && json.$defs?.[name] ? json.$defs[name]! : json;
}

/** A field's description in a locale's words. */
export function describe(schema: JsonSchema, locale: Locale): string {
	return (locale === 'ko' ? schema['x-description-ko'] : schema.description) ?? '';
}

/** An object with fields of its own to list; free-form ones (metadata) have none. */
export function hasFields(schema: JsonSchema | undefined): schema is JsonSchema & { properties: Record<string, JsonSchema> } {
	return schema?.type === 'object' && schema.properties !== undefined && Object.keys(schema.properties).length > 0;
}
