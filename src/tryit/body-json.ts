import { MAX_BODY_DEPTH } from '../sandbox/config.ts';
import { jsonDepth } from '../sandbox/validate.ts';

export type Json = unknown;
export type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a field's path (`['params', 'categories']`); undefined where there is none. */
export function get(object: JsonObject, path: string[]): Json {
	return path.reduce<Json>((value, key) => (isObject(value) ? value[key] : undefined), object);
}

/** Sets the value at a field's path, making objects on the way; `undefined` leaves the field out. */
export function set(object: JsonObject, path: string[], value: Json | undefined): void {
	const parent = path.slice(0, -1).reduce<JsonObject>((node, key) => {
		if (!isObject(node[key])) node[key] = {};
		return node[key] as JsonObject;
	}, object);
	const last = path.at(-1)!;
	if (value === undefined) delete parent[last];
	else parent[last] = value;
}

/** Why the form cannot show a text: it is not JSON, not a JSON object, or nested deeper than the sandbox takes. */
export type NotAnObject = 'notJson' | 'notObject' | 'tooDeep';

/** The JSON object a text holds, for the form to show; else why the form cannot show it. */
export function readObject(text: string): JsonObject | NotAnObject {
	let parsed: Json;
	try {
		parsed = JSON.parse(text);
	} catch {
		return 'notJson';
	}
	if (!isObject(parsed)) return 'notObject';
	if (jsonDepth(parsed) > MAX_BODY_DEPTH) return 'tooDeep';
	return parsed;
}
