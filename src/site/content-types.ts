/**
 * The Content-Type of every kind of file the build writes, by extension, as every host must send it:
 * what a page promises (`<link rel="alternate" type="text/markdown">`) is what the host says. Hosts
 * guess from their own tables otherwise, and nginx's has no `.md`: it sent the twins as
 * `application/octet-stream`, which a browser downloads instead of showing.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
	html: 'text/html; charset=utf-8',
	md: 'text/markdown; charset=utf-8',
	txt: 'text/plain; charset=utf-8',
	css: 'text/css; charset=utf-8',
	// RFC 9239: text/javascript, for classic scripts and modules alike.
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	// RFC 8259 defines no charset parameter for JSON: it is UTF-8.
	json: 'application/json',
	svg: 'image/svg+xml',
	xml: 'text/xml; charset=utf-8',
	wasm: 'application/wasm',
	// Pagefind's index: compressed by Pagefind itself, read by its own code.
	pagefind: 'application/octet-stream',
	pf_fragment: 'application/octet-stream',
	pf_index: 'application/octet-stream',
	pf_meta: 'application/octet-stream',
};

function extension(file: string): string | undefined {
	return /\.([\w]+)$/.exec(file.slice(file.lastIndexOf('/') + 1))?.[1];
}

/** The Content-Type a host must send a file of the build with; a kind of file this table lacks fails the build. */
export function contentType(file: string): string {
	const type = CONTENT_TYPES[extension(file) ?? ''];
	if (!type) throw new Error(`${file}: no Content-Type for this kind of file in src/site/content-types.ts, so a host would guess one`);
	return type;
}

/** The content type of each extension among the files, for a host that maps extensions to types (nginx). */
export function contentTypesOf(files: readonly string[]): Map<string, string> {
	return new Map(files.map((file) => [extension(file)!, contentType(file)] as const).sort(([a], [b]) => a.localeCompare(b)));
}
