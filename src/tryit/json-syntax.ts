import { visit } from 'jsonc-parser';

export interface JsonSyntaxError {
	line: number;
	column: number;
	/** jsonc-parser's name of what went wrong: `ValueExpected`, `CommaExpected`… */
	code: number;
}

/**
 * Where text first stops being JSON, as a reader counts (line and column from 1). JSON.parse
 * says so for some mistakes only; jsonc-parser, held to plain JSON, says it for all.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
	// JSON.parse takes any depth; jsonc-parser descends by recursion, so it only looks for the place
	// of a mistake there is, and a text too deep even for that is left to the validator's plain
	// "must be valid JSON".
	try {
		JSON.parse(text);
		return undefined;
	} catch {}
	let first: { offset: number; code: number } | undefined;
	try {
		visit(text, { onError: (code, offset) => void (first ??= { offset, code }) }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	} catch {
		// Out of stack: a RangeError in Chromium, an InternalError in Firefox.
		return undefined;
	}
	if (!first) return undefined;
	const before = text.slice(0, first.offset);
	const line = before.split('\n').length;
	return { line, column: first.offset - before.lastIndexOf('\n'), code: first.code };
}
