import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface Size {
	raw: number;
	gzip: number;
}

const sizes = new Map<string, Size>();

/** A file's size as served uncompressed and as gzip would send it; computed once per file. */
export function sizeOf(file: string): Size {
	let size = sizes.get(file);
	if (!size) {
		const bytes = readFileSync(file);
		size = { raw: bytes.length, gzip: gzipSync(bytes).length };
		sizes.set(file, size);
	}
	return size;
}
