/** The numbers of the contract's rules, written once for the schemas, their messages and the pages. */
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_METADATA_BYTES = 16 * 1024;
export const MAX_INSTRUCTION = 2_000;
export const MAX_TEXT_ATTACHMENT = 10_000;
export const MIN_CATEGORIES = 2;
export const MAX_CATEGORIES = 50;
export const MAX_CATEGORY = 100;
/** Any URL of a task (callback_url, an image attachment): real URLs fit, and a task stays small. */
export const MAX_URL = 2_048;

/** A limit as the contract's texts write it, in both languages: `10,000`, `64 KiB`. */
export const limitCount = (value: number) => value.toLocaleString('en-US');
export const limitKib = (bytes: number) => `${bytes / 1024} KiB`;

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * "Characters" are Unicode code points, as Python's `len()` and Ruby's `length` count them; a
 * string's `.length` counts UTF-16 units, two for every emoji. A lone surrogate counts as one.
 */
export function codePointLength(text: string): number {
	let pairs = 0;
	for (let index = 0; index < text.length - 1; index++) {
		if (isHigh(text.charCodeAt(index)) && isLow(text.charCodeAt(index + 1))) {
			pairs++;
			index++;
		}
	}
	return text.length - pairs;
}

/** Whether `text` has at most `max` code points: counted only when its UTF-16 units are more, since a code point is one or two of them. */
export const fitsCodePoints = (text: string, max: number): boolean => text.length <= max || codePointLength(text) <= max;

const encoder = new TextEncoder();
// Room to count any body the contract allows without allocating: three bytes a UTF-16 unit at most.
const scratch = new Uint8Array(3 * 64 * 1024);

/** The bytes of `text` in UTF-8 (a lone surrogate as U+FFFD, as encoders write it), without keeping them. */
export function utf8Length(text: string): number {
	return text.length * 3 <= scratch.length ? encoder.encodeInto(text, scratch).written : encoder.encode(text).length;
}
