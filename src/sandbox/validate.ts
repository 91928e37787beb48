import { MAX_BODY_BYTES, MAX_METADATA_BYTES, parseCreateBody, validateCreateJson, bodyFault, utf8Length, type BodyFault, type Locale } from '../contract/index.ts';
import { MAX_BODY_DEPTH } from './config.ts';
import { sandboxRules } from './messages.ts';
import { findMetadata } from './metadata-text.ts';
import type { SandboxBody } from './stored-task.ts';

/** How many levels of objects and arrays a JSON value nests, walked without recursion; 0 for a scalar. */
export function jsonDepth(value: unknown): number {
	let deepest = 0;
	// Only objects and arrays are ever pushed: a scalar adds no level.
	const nodes: object[] = [];
	const depths: number[] = [];
	const visit = (node: unknown, depth: number) => {
		if (typeof node !== 'object' || node === null) return;
		nodes.push(node);
		depths.push(depth);
	};
	visit(value, 1);
	while (nodes.length) {
		const node = nodes.pop()!;
		const depth = depths.pop()!;
		deepest = Math.max(deepest, depth);
		if (Array.isArray(node)) for (const child of node) visit(child, depth + 1);
		else for (const name in node) if (Object.hasOwn(node, name)) visit((node as Record<string, unknown>)[name], depth + 1);
	}
	return deepest;
}

export type SandboxValidation = { ok: true; value: SandboxBody } | BodyFault;

const tooDeep = (locale: Locale) => bodyFault(sandboxRules.bodyTooDeep[locale]);

/**
 * The common case, without parsing the metadata as objects: a body whose metadata text is
 * already JSON.stringify's, and within its limit. Undefined for any other body, which the
 * contract's own checks then read: they say the same of every body, this only costs less.
 */
function withMetadataText(text: string, locale: Locale): SandboxValidation | undefined {
	const metadata = findMetadata(text);
	// Too large, it is the contract's to say, among the body's other faults.
	if (!metadata || utf8Length(metadata.json) > MAX_METADATA_BYTES) return undefined;
	let rest: unknown;
	try {
		// The body with an empty object in its metadata's place: what the schema checks of it is that it is an object.
		rest = JSON.parse(`${text.slice(0, metadata.start)}{}${text.slice(metadata.end)}`);
	} catch {
		return undefined;
	}
	if (Math.max(jsonDepth(rest), 1 + metadata.depth) > MAX_BODY_DEPTH) return tooDeep(locale);
	const result = validateCreateJson(rest, locale);
	if (!result.ok) return result;
	const { metadata: _empty, ...fields } = result.value;
	return { ok: true, value: { ...fields, metadataJson: metadata.json } };
}

/** The contract's checks of a create body, with the sandbox's depth limit before the schema walks it; what passes, as the store keeps it. */
export function validateSandboxBody(text: string, locale: Locale = 'en'): SandboxValidation {
	const fast = utf8Length(text) <= MAX_BODY_BYTES ? withMetadataText(text, locale) : undefined;
	if (fast) return fast;
	const parsed = parseCreateBody(text, locale);
	if (!parsed.ok) return parsed;
	const { json } = parsed;
	// A body that is no object at all is the contract's fault to name, however deep.
	if (typeof json === 'object' && json !== null && !Array.isArray(json) && jsonDepth(json) > MAX_BODY_DEPTH) return tooDeep(locale);
	const result = validateCreateJson(json, locale);
	if (!result.ok) return result;
	const { metadata, ...fields } = result.value;
	return { ok: true, value: { ...fields, metadataJson: JSON.stringify(metadata) } };
}
