import type * as z from 'zod';
import type { Locale } from '../contract/index.ts';
import { describe, hasFields, jsonSchemaOf, type JsonSchema } from './json-schema.ts';

/** How a field of a request body is edited in the Try it form. */
export type FormControl =
	/** One of a few values: `attachment_type`, or `task_type` with its one. */
	| { kind: 'select'; options: string[] }
	/** An absolute URL. */
	| { kind: 'url' }
	/** A string; `long` ones get a text area. */
	| { kind: 'text'; long: boolean }
	/** A list of strings, with add and remove. */
	| { kind: 'list' }
	/** A free-form JSON value, edited as JSON text. */
	| { kind: 'json' }
	/** An object whose fields are listed one by one. */
	| { kind: 'group'; fields: FormField[] };

export interface FormField {
	/** Dotted from the body: `params.categories`. */
	path: string;
	name: string;
	required: boolean;
	/** JSON text of the value the API assumes when the field is left out. */
	default?: string;
	description: string;
	control: FormControl;
}

// Up to this many characters a field is a single line; beyond, a text area.
const SINGLE_LINE = 200;

function control(schema: JsonSchema, path: string, locale: Locale): FormControl {
	if (schema.const !== undefined) return { kind: 'select', options: [String(schema.const)] };
	if (schema.enum) return { kind: 'select', options: schema.enum.map(String) };
	if (hasFields(schema)) return { kind: 'group', fields: formFieldsOf(schema, `${path}.`, locale) };
	if (schema.type === 'array' && schema.items?.type === 'string') return { kind: 'list' };
	if (schema.type === 'string' && schema.format === 'uri') return { kind: 'url' };
	if (schema.type === 'string') {
		const max = schema.maxLength === undefined ? Infinity : Number(schema.maxLength);
		return { kind: 'text', long: max > SINGLE_LINE };
	}
	return { kind: 'json' };
}

function formFieldsOf(object: JsonSchema, prefix: string, locale: Locale): FormField[] {
	return Object.entries(object.properties ?? {}).map(([name, schema]) => ({
		path: prefix + name,
		name,
		required: object.required?.includes(name) ?? false,
		...(schema.default !== undefined ? { default: JSON.stringify(schema.default) } : {}),
		description: describe(schema, locale),
		control: control(schema, prefix + name, locale),
	}));
}

/** One control per field of a request body, walked from its schema: adding a field adds its control. */
export function formFields(schema: z.ZodType, locale: Locale): FormField[] {
	return formFieldsOf(jsonSchemaOf(schema, 'input'), '', locale);
}
