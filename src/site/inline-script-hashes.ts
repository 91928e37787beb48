import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const NON_EXECUTABLE = /\stype="(?!module"|text\/javascript")[^"]*"/i;

export function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Astro hashes the scripts it bundles, but not `is:inline` ones, and Starlight inlines a few on
 * purpose (theme, synced tabs, sidebar) so that nothing flickers. Once the pages are written, this
 * adds the exact hash of each inline script a page carries to that page's own script-src, so the
 * policy allows those scripts and nothing else inline.
 */
export function addInlineScriptHashes(html: string): string {
	const meta = CSP_META.exec(html);
	if (!meta) throw new Error('A page has no Content-Security-Policy meta element');
	const hashes = new Set<string>();
	for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
		if (body!.trim() && !NON_EXECUTABLE.test(attributes!)) hashes.add(sha256(body!));
	}
	if (hashes.size === 0) return html;
	const policy = meta[2]!.replace(/script-src ([^;]*)/, (directive, sources: string) => {
		const missing = [...hashes].filter((hash) => !sources.includes(hash));
		return missing.length ? `${directive} ${missing.join(' ')}` : directive;
	});
	return html.replace(CSP_META, `$1${policy}$3`);
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

export function inlineScriptHashes(): AstroIntegration {
	return {
		name: 'inline-script-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let pages = 0;
				for await (const file of htmlFiles(fileURLToPath(dir))) {
					const html = await readFile(file, 'utf8');
					const updated = addInlineScriptHashes(html);
					if (updated !== html) await writeFile(file, updated);
					pages++;
				}
				logger.info(`hashed the inline scripts of ${pages} pages into their CSP`);
			},
		},
	};
}
