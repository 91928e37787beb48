import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles } from './built-files.ts';
import { headerRules } from './header-rules.ts';
import { headersFile } from './headers-file.ts';
import { metaPolicy } from './inline-script-hashes.ts';
import { nginxSite } from './nginx-site.ts';
import { precompress } from './precompress.ts';

/** What Netlify and Cloudflare Pages read for headers. */
export const HEADERS_FILE = '_headers';
/** What deploy/nginx.conf includes. */
export const NGINX_FILE = 'nginx-site.conf';
const NOT_FOUND_PAGE = '404.html';

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
				const files = await builtFiles(root);
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
				await writeFile(join(root, NGINX_FILE), nginxSite({ rules, base, notFound, hidden: [HEADERS_FILE, NGINX_FILE] }));
				logger.info(`wrote ${HEADERS_FILE} and ${NGINX_FILE}: ${rules.length} rules, ${policies.size} pages`);
				const compressed = await precompress(root, files);
				const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
				logger.info(`compressed ${compressed.files} text files: ${kb(compressed.raw)}, gzip ${kb(compressed.gzip)}, brotli ${kb(compressed.brotli)}`);
			},
		},
	};
}
