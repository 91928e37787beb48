import { readFile, rename, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles } from './built-files.ts';
import { contentTypesOf } from './content-types.ts';
import { headerRules } from './header-rules.ts';
import { headersFile } from './headers-file.ts';
import { metaPolicy } from './inline-script-hashes.ts';
import { nginxSite } from './nginx-site.ts';
import { localePrefixes } from './pages.ts';
import { precompress } from './precompress.ts';

/** What Netlify and Cloudflare Pages read for headers. */
export const HEADERS_FILE = '_headers';
/** What deploy/nginx.conf includes. */
export const NGINX_FILE = 'nginx-site.conf';
/** Where Netlify reads that a locale's misses get its own 404 page. */
export const REDIRECTS_FILE = '_redirects';
const NOT_FOUND_PAGE = '404.html';

/**
 * Starlight builds one 404 page, in the default locale, and a locale's own one as an ordinary page
 * (`en/404/index.html`), which every host would answer with 200: a not-found page that says it was
 * found. It moves to where Cloudflare Pages looks for a folder's 404 page, the nearest `404.html`
 * above a miss; nginx and Netlify are told the same by their own files. `/en/404/` is then a miss
 * like any other, answered with 404.
 */
async function localeNotFoundPages(root: string): Promise<string[]> {
	const pages: string[] = [];
	for (const { prefix } of localePrefixes.filter(({ prefix }) => prefix)) {
		const page = `${prefix}${NOT_FOUND_PAGE}`;
		try {
			await rename(join(root, `${prefix}404/index.html`), join(root, page));
		} catch {
			// This locale has no 404 page of its own: its misses get the default one.
			continue;
		}
		await rmdir(join(root, `${prefix}404`));
		pages.push(page);
	}
	return pages;
}

/**
 * Once the pages are final (list it after every integration that rewrites them), writes what real
 * hosts need beside the site: the headers of every page for Netlify and Cloudflare Pages, the same
 * for nginx, and a precompressed copy of every text file.
 */
export function hostFiles(): AstroIntegration {
	let base = '/';
	let assets = '_astro';
	return {
		name: 'host-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				assets = config.build.assets;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const localeNotFound = await localeNotFoundPages(root);
				const files = await builtFiles(root);
				await writeFile(join(root, REDIRECTS_FILE), localeNotFound.map((page) => `${base}${page.slice(0, -NOT_FOUND_PAGE.length)}* ${base}${page} 404\n`).join(''));
				const policies = new Map<string, string>();
				for (const file of files.filter((name) => name.endsWith('.html'))) {
					try {
						policies.set(file, metaPolicy(await readFile(join(root, file), 'utf8')));
					} catch (error) {
						throw new Error(`${file}: ${(error as Error).message}`);
					}
				}
				const rules = headerRules({ base, assets, files, policies });
				await writeFile(join(root, HEADERS_FILE), headersFile(rules));
				const notFound = files.includes(NOT_FOUND_PAGE) ? NOT_FOUND_PAGE : undefined;
				const types = contentTypesOf(files);
				await writeFile(join(root, NGINX_FILE), nginxSite({ rules, base, notFound, localeNotFound, hidden: [HEADERS_FILE, NGINX_FILE, REDIRECTS_FILE], types }));
				logger.info(`wrote ${HEADERS_FILE} and ${NGINX_FILE}: ${rules.length} rules, ${policies.size} pages`);
				const compressed = await precompress(root, files);
				const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
				logger.info(`compressed ${compressed.files} text files: ${kb(compressed.raw)}, gzip ${kb(compressed.gzip)}, brotli ${kb(compressed.brotli)}`);
			},
		},
	};
}
