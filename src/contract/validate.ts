import type { z } from './zod.ts';
import { MAX_BODY_BYTES, utf8Length } from './limits.ts';
import { rule, ruleText, type Locale } from './messages.ts';
import { taskCreateSchema } from './task.ts';
import type { FieldError } from './errors.ts';

export type TaskCreateParsed = z.output<typeof taskCreateSchema>;
export type Validation = { ok: true; value: TaskCreateParsed } | { ok: false; fields: FieldError[] };
export type BodyFault = { ok: false; fields: FieldError[] };

/** `params.categories.1`, or `body` for a fault of the whole body. */
function dotted(path: PropertyKey[]): string {
	return path.length ? path.map(String).join('.') : 'body';
}

/** Every offending field of a zod failure, one entry per field; unknown keys are named one by one. */
export function fieldErrors(error: z.ZodError, locale: Locale = 'en'): FieldError[] {
	return error.issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => ({ path: dotted([...issue.path, key]), message: ruleText(rule.unknownField, locale) }))
			: [{ path: dotted(issue.path), message: ruleText(issue.message, locale) }],
	);
}

/** A fault of the whole body, named by the path `body`. */
export const bodyFault = (message: string): BodyFault => ({ ok: false, fields: [{ path: 'body', message }] });

/** A raw body as JSON, or the 400 for one too large or not JSON at all. */
export function parseCreateBody(text: string, locale: Locale = 'en'): { ok: true; json: unknown } | BodyFault {
	if (utf8Length(text) > MAX_BODY_BYTES) return bodyFault(ruleText(rule.bodyTooLarge, locale));
	try {
		return { ok: true, json: JSON.parse(text) };
	} catch {
		return bodyFault(ruleText(rule.validJson, locale));
	}
}

/** A parsed body checked by every rule of the task object. */
export function validateCreateJson(json: unknown, locale: Locale = 'en'): Validation {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) return bodyFault(ruleText(rule.jsonObject, locale));
	const result = taskCreateSchema.safeParse(json);
	if (!result.success) return { ok: false, fields: fieldErrors(result.error, locale) };
	// Metadata comes back exactly as sent: the object parsed from the body, not the schema's copy,
	// which leaves out a `__proto__` key.
	const { metadata } = json as { metadata?: Record<string, unknown> };
	return { ok: true, value: metadata === undefined ? result.data : { ...result.data, metadata } };
}

/**
 * Checks a raw `POST /v1/tasks` body by every rule of the contract, in the order a reader would
 * fix them. The API answers in English; the Try it panel asks for the page's language.
 */
export function validateCreateBody(text: string, locale: Locale = 'en'): Validation {
	const parsed = parseCreateBody(text, locale);
	return parsed.ok ? validateCreateJson(parsed.json, locale) : parsed;
}
