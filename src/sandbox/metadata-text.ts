/**
 * The metadata of a create body read from its text, without building it as objects: a body's
 * metadata may be thousands of empty objects or keys in 16 KiB, and every object JSON.parse makes
 * is one more for the garbage collector. Only the common case is read here, where the metadata's
 * text is already what JSON.stringify writes of it once parsed, whitespace aside; anything else
 * (escapes such as `\u0041` or `\/`, numbers such as `1.0` or `1e3`, a repeated key, a key that is
 * an array index, which JavaScript objects list first) is left to JSON.parse, by answering
 * undefined. So is text that is no JSON at all.
 */

/** Where a body's `metadata` object is, its JSON as JSON.stringify would write it, and how deep it nests (the object itself is 1). */
export interface MetadataText {
	start: number;
	end: number;
	json: string;
	depth: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const WHITESPACE = /[\t\n\r ]*/y;
/** Characters of a string JSON.stringify writes as they are: not a quote, backslash, control character or surrogate. */
const PLAIN = /[^"\\\u0000-\u001f\ud800-\udfff]*/y;
/** The rest of any string, escapes and all, to its closing quote. */
const STRING_REST = /[^"\\]*(?:\\[^][^"\\]*)*"/y;
/** An integer that JSON.stringify writes back the same: no leading zero, exact as a double. `-0` is checked apart. */
const INTEGER = /-?(?:0|[1-9]\d{0,14})(?![\d.eE])/y;
/** Up to the next character that opens or closes a string, an object or an array. */
const TO_STRUCTURE = /[^"{}[\]]*/y;
/** A number or a literal: up to what may follow a value. */
const SCALAR = /[^\t\n\r ,}\]]*/y;
const ALL_DIGITS = /^\d+$/;
/** A run of array elements that are empty objects or arrays, thousands of which may follow each other. */
const EMPTIES = /(?:\{\}|\[\])(?:,(?:\{\}|\[\]))*/y;
/** A run of array elements that are plain strings, literals or integers (as INTEGER, `-0` left out). */
const SCALARS =
	/(?:"[^"\\\u0000-\u001f\ud800-\udfff]*"|true|false|null|(?:0|-?[1-9]\d{0,14})(?![\d.eE]))(?:,(?:"[^"\\\u0000-\u001f\ud800-\udfff]*"|true|false|null|(?:0|-?[1-9]\d{0,14})(?![\d.eE])))*/y;
/** Escapes JSON.stringify writes itself: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`. */
const SHORT_ESCAPES = new Set(['"', '\\', 'b', 'f', 'n', 'r', 't'].map((char) => char.charCodeAt(0)));

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

function skipWhitespace(text: string, at: number): number {
	// Most often there is none: no need to run the expression.
	if (text.charCodeAt(at) > 0x20) return at;
	WHITESPACE.lastIndex = at;
	WHITESPACE.test(text);
	return WHITESPACE.lastIndex;
}

/** The end of the string opening at `at` (past its closing quote) when JSON.stringify would write it as it is; -1 otherwise. */
function plainStringEnd(text: string, at: number): number {
	let pos = at + 1;
	for (;;) {
		PLAIN.lastIndex = pos;
		PLAIN.test(text);
		pos = PLAIN.lastIndex;
		const unit = text.charCodeAt(pos);
		if (unit === QUOTE) return pos + 1;
		if (unit === BACKSLASH && SHORT_ESCAPES.has(text.charCodeAt(pos + 1))) pos += 2;
		else if (isHigh(unit) && isLow(text.charCodeAt(pos + 1))) pos += 2;
		else return -1;
	}
}

/** The end of any JSON string opening at `at`, escapes and all; -1 when it never closes. */
function stringEnd(text: string, at: number): number {
	STRING_REST.lastIndex = at + 1;
	return STRING_REST.test(text) ? STRING_REST.lastIndex : -1;
}

/** The end of the value starting at `at`, for valid JSON; whether it is valid is JSON.parse's to say. -1 when it does not end. */
function valueEnd(text: string, at: number): number {
	const first = text.charCodeAt(at);
	if (first === QUOTE) return stringEnd(text, at);
	if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
		SCALAR.lastIndex = at;
		SCALAR.test(text);
		return SCALAR.lastIndex;
	}
	let depth = 0;
	let pos = at;
	while (pos < text.length) {
		TO_STRUCTURE.lastIndex = pos;
		TO_STRUCTURE.test(text);
		pos = TO_STRUCTURE.lastIndex;
		const unit = text.charCodeAt(pos);
		if (unit === QUOTE) {
			pos = stringEnd(text, pos);
			if (pos === -1) return -1;
			continue;
		}
		if (unit === OPEN_OBJECT || unit === OPEN_ARRAY) depth++;
		else if (unit === CLOSE_OBJECT || unit === CLOSE_ARRAY) depth--;
		pos++;
		if (depth === 0) return pos;
	}
	return -1;
}

/**
 * Reads an object from its text, to its end, when its text already is what JSON.stringify writes
 * of it once parsed, whitespace aside. Iterative, however deep it nests.
 */
class PlainObject {
	readonly text: string;
	readonly start: number;
	pos: number;
	deepest = 0;
	/** Per open object or array, whether it is an object, and the keys it has so far: one as itself, more as a set. */
	readonly objects: boolean[] = [];
	readonly keys: (string | Set<string> | undefined)[] = [];
	/** The text between runs of whitespace, once there is any. */
	pieces: string[] | undefined;
	piece: number;

	constructor(text: string, start: number) {
		this.text = text;
		this.start = this.pos = this.piece = start;
	}

	whitespace(): void {
		if (this.text.charCodeAt(this.pos) > 0x20) return;
		const after = skipWhitespace(this.text, this.pos);
		if (after === this.pos) return;
		(this.pieces ??= []).push(this.text.slice(this.piece, this.pos));
		this.pos = this.piece = after;
	}

	/** A key of the innermost object, its colon and what surrounds them; false when JSON.stringify would write it otherwise, or it repeats. */
	key(): boolean {
		const { text, keys } = this;
		if (text.charCodeAt(this.pos) !== QUOTE) return false;
		const end = plainStringEnd(text, this.pos);
		if (end === -1) return false;
		const name = text.slice(this.pos + 1, end - 1);
		if (ALL_DIGITS.test(name)) return false;
		const level = keys.length - 1;
		const seen = keys[level];
		if (seen === undefined) keys[level] = name;
		else if (typeof seen === 'string') {
			if (seen === name) return false;
			keys[level] = new Set([seen, name]);
		} else {
			if (seen.has(name)) return false;
			seen.add(name);
		}
		this.pos = end;
		this.whitespace();
		if (text.charCodeAt(this.pos) !== COLON) return false;
		this.pos++;
		this.whitespace();
		return true;
	}

	/** Runs of elements of the innermost array that a regular expression reads whole, up to what it cannot read; whether there were any. */
	elements(): boolean {
		const { text } = this;
		let pos = this.pos;
		for (let next = pos; ; next = pos + 1) {
			EMPTIES.lastIndex = next;
			SCALARS.lastIndex = next;
			if (EMPTIES.test(text)) {
				pos = EMPTIES.lastIndex;
				if (this.objects.length + 1 > this.deepest) this.deepest = this.objects.length + 1;
			} else if (SCALARS.test(text)) pos = SCALARS.lastIndex;
			else break;
			if (text.charCodeAt(pos) !== COMMA) break;
		}
		const any = pos !== this.pos;
		this.pos = pos;
		return any;
	}

	/** The value at `pos`, when plain, and what closes after it; false otherwise. */
	value(): boolean {
		const { text, objects, keys } = this;
		if (objects.length && !objects[objects.length - 1] && this.elements()) return this.close();
		const unit = text.charCodeAt(this.pos);
		if (unit === OPEN_OBJECT || unit === OPEN_ARRAY) {
			const object = unit === OPEN_OBJECT;
			// Empty, as thousands of them may be: nothing to open.
			if (text.charCodeAt(this.pos + 1) === (object ? CLOSE_OBJECT : CLOSE_ARRAY)) {
				if (objects.length + 1 > this.deepest) this.deepest = objects.length + 1;
				this.pos += 2;
				return this.close();
			}
			objects.push(object);
			keys.push(undefined);
			if (objects.length > this.deepest) this.deepest = objects.length;
			this.pos++;
			this.whitespace();
			if (text.charCodeAt(this.pos) !== (object ? CLOSE_OBJECT : CLOSE_ARRAY)) return !object || this.key();
			this.pos++;
			objects.pop();
			keys.pop();
		} else if (unit === QUOTE) {
			this.pos = plainStringEnd(text, this.pos);
			if (this.pos === -1) return false;
		} else if (text.startsWith('true', this.pos) || text.startsWith('null', this.pos)) {
			this.pos += 4;
		} else if (text.startsWith('false', this.pos)) {
			this.pos += 5;
		} else {
			INTEGER.lastIndex = this.pos;
			if (!INTEGER.test(text) || text.startsWith('-0', this.pos)) return false;
			this.pos = INTEGER.lastIndex;
		}
		return this.close();
	}

	/** After a value: the next one, or the close of what holds it, as many levels as close here; false when neither follows. */
	close(): boolean {
		const { text, objects, keys } = this;
		while (objects.length) {
			this.whitespace();
			const object = objects[objects.length - 1];
			const next = text.charCodeAt(this.pos);
			if (next === COMMA) {
				this.pos++;
				this.whitespace();
				return !object || this.key();
			}
			if (next !== (object ? CLOSE_OBJECT : CLOSE_ARRAY)) return false;
			this.pos++;
			objects.pop();
			keys.pop();
		}
		return true;
	}

	read(): { end: number; json: string; depth: number } | undefined {
		do if (!this.value()) return undefined;
		while (this.objects.length);
		// Apart from the loop, with no property read: code compiled while in the loop knows too little of what follows it.
		return result(this);
	}
}

function result({ text, pieces, piece, start, pos, deepest }: PlainObject): { end: number; json: string; depth: number } {
	const json = pieces ? [...pieces, text.slice(piece, pos)].join('') : text.slice(start, pos);
	return { end: pos, json, depth: deepest };
}

/**
 * The `metadata` member of a body's text, when the body is a JSON object with one such member
 * whose value is an object this module can read; undefined for anything else, which JSON.parse
 * then reads as ever. The rest of the body is not checked here: it must still be parsed.
 */
export function findMetadata(text: string): MetadataText | undefined {
	let pos = skipWhitespace(text, 0);
	if (text.charCodeAt(pos) !== OPEN_OBJECT) return undefined;
	pos = skipWhitespace(text, pos + 1);
	let found: MetadataText | undefined;
	if (text.charCodeAt(pos) === CLOSE_OBJECT) return undefined;
	for (;;) {
		if (text.charCodeAt(pos) !== QUOTE) return undefined;
		const end = stringEnd(text, pos);
		if (end === -1) return undefined;
		const name = text.slice(pos + 1, end - 1);
		// An escape may spell `metadata` too: such a body is JSON.parse's to read.
		if (name.includes('\\')) return undefined;
		pos = skipWhitespace(text, end);
		if (text.charCodeAt(pos) !== COLON) return undefined;
		pos = skipWhitespace(text, pos + 1);
		if (name === 'metadata') {
			// Repeated, only the last counts: JSON.parse's to read too.
			if (found || text.charCodeAt(pos) !== OPEN_OBJECT) return undefined;
			const object = new PlainObject(text, pos).read();
			if (!object) return undefined;
			found = { start: pos, ...object };
			pos = object.end;
		} else {
			pos = valueEnd(text, pos);
			if (pos === -1) return undefined;
		}
		pos = skipWhitespace(text, pos);
		const next = text.charCodeAt(pos);
		if (next === CLOSE_OBJECT) break;
		if (next !== COMMA) return undefined;
		pos = skipWhitespace(text, pos + 1);
	}
	return skipWhitespace(text, pos + 1) === text.length ? found : undefined;
}
