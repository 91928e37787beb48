import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtPages } from './built-files.ts';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)("\s*\/?>)/i;
const CHARSET_META = /<meta charset="utf-8"\s*\/?>/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const NON_EXECUTABLE = /\stype="(?!module"|text\/javascript")[^"]*"/i;
const HASH_SOURCE = /^'sha(256|384|512)-/;

export function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Astro hashes the scripts it bundles, but not `is:inline` ones, and Starlight inlines a few on
 * purpose (theme, synced tabs, sidebar) so that nothing flickers; and Astro gives every page the
 * hashes of scripts that only other pages carry. Once the pages are written, this makes a page's
 * script-src hold the exact hash of each inline script the page carries and no other, so the policy
 * allows those scripts and nothing else inline, in as few bytes as it can (a Tasks page must arrive
 * within TCP's first window); and it moves the policy to the top of <head> so that it governs every
 * script of the page, the early inline ones included.
 */
export function addInlineScriptHashes(html: string): string {
	const meta = CSP_META.exec(html);
	if (!meta) throw new Error('A page has no Content-Security-Policy meta element');
	const hashes = new Set<string>();
	for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
		if (body!.trim() && !NON_EXECUTABLE.test(attributes!)) hashes.add(sha256(body!));
	}
	const policy = meta[2]!.replace(/script-src ([^;]*)/, (_, sources: string) => {
		const kept = sources.split(/\s+/).filter((source) => source && !HASH_SOURCE.test(source));
		return `script-src ${[...kept, ...hashes].join(' ')}`;
	});
	// A policy in a meta element governs only what comes after it: put it first in <head>.
	const withoutMeta = html.replace(CSP_META, '');
	const charset = CHARSET_META.exec(withoutMeta);
	if (!charset) throw new Error('A page has no <meta charset> to put its policy after');
	const at = charset.index + charset[0].length;
	return `${withoutMeta.slice(0, at)}${meta[1]}${policy}${meta[3]}${withoutMeta.slice(at)}`;
}

/** The policy a page's <meta> element holds, exactly as the browser reads it. */
export function metaPolicy(html: string): string {
	const meta = CSP_META.exec(html);
	if (!meta) throw new Error('A page has no Content-Security-Policy meta element');
	// Sources never hold an ampersand: one here would be a character reference, read otherwise by a browser.
	if (meta[2]!.includes('&')) throw new Error(`A page's policy holds a character reference: ${meta[2]}`);
	return meta[2]!;
}

export function inlineScriptHashes(): AstroIntegration {
	return {
		name: 'inline-script-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = await builtPages(root);
				for (const page of pages) {
					const file = join(root, page);
					const html = await readFile(file, 'utf8');
					const updated = addInlineScriptHashes(html);
					if (updated !== html) await writeFile(file, updated);
				}
				logger.info(`hashed the inline scripts of ${pages.length} pages into their CSP`);
			},
		},
	};
}
