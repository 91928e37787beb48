import type { z } from 'zod';
import { MAX_BODY_BYTES, taskCreateSchema } from './task.ts';
import type { FieldError } from './errors.ts';

export type TaskCreateParsed = z.output<typeof taskCreateSchema>;
export type Validation = { ok: true; value: TaskCreateParsed } | { ok: false; fields: FieldError[] };

/** `params.categories.1`, or `body` for a fault of the whole body. */
function dotted(path: PropertyKey[]): string {
	return path.length ? path.map(String).join('.') : 'body';
}

/** Every offending field of a zod failure, one entry per field; unknown keys are named one by one. */
export function fieldErrors(error: z.ZodError): FieldError[] {
	return error.issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => ({ path: dotted([...issue.path, key]), message: 'is not a known field' }))
			: [{ path: dotted(issue.path), message: issue.message }],
	);
}

/** Checks a raw `POST /v1/tasks` body by every rule of CONTRACT.md, in the order a reader would fix them. */
export function validateCreateBody(text: string): Validation {
	if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
		return { ok: false, fields: [{ path: 'body', message: 'must be at most 64 KiB' }] };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, fields: [{ path: 'body', message: 'must be valid JSON' }] };
	}
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return { ok: false, fields: [{ path: 'body', message: 'must be a JSON object' }] };
	}
	const result = taskCreateSchema.safeParse(json);
	return result.success ? { ok: true, value: result.data } : { ok: false, fields: fieldErrors(result.error) };
}
