import * as z from 'zod';

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
