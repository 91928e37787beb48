import { parseCreateBody, validateCreateJson, bodyFault, type Locale, type Validation } from '../contract/index.ts';
import { MAX_BODY_DEPTH } from './config.ts';
import { sandboxRules } from './messages.ts';

/** How many levels of objects and arrays a JSON value nests, walked without recursion; 0 for a scalar. */
export function jsonDepth(value: unknown): number {
	let deepest = 0;
	const pending: [unknown, number][] = [[value, 1]];
	while (pending.length) {
		const [node, depth] = pending.pop()!;
		if (typeof node !== 'object' || node === null) continue;
		deepest = Math.max(deepest, depth);
		for (const child of Object.values(node)) pending.push([child, depth + 1]);
	}
	return deepest;
}

/** The contract's checks of a create body, with the sandbox's depth limit before the schema walks it. */
export function validateSandboxBody(text: string, locale: Locale = 'en'): Validation {
	const parsed = parseCreateBody(text, locale);
	if (!parsed.ok) return parsed;
	const { json } = parsed;
	// A body that is no object at all is the contract's fault to name, however deep.
	if (typeof json === 'object' && json !== null && !Array.isArray(json) && jsonDepth(json) > MAX_BODY_DEPTH) return bodyFault(sandboxRules.bodyTooDeep[locale]);
	return validateCreateJson(json, locale);
}
