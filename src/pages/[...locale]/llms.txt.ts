import type { APIRoute } from 'astro';
import type { Locale } from '../../contract/index.ts';
import { llmsTxt } from '../../llms/llms-txt.ts';
import { sandboxDownloadUrl } from '../../reference/sandbox-tool.ts';
import { localePages, localeRoutes, prefixOf, siteUrl } from '../../llms/pages.ts';

/** `/llms.txt` and `/en/llms.txt`. */
export const getStaticPaths = localeRoutes;

export const GET: APIRoute = async ({ props }) => {
	const locale = props.lang as Locale;
	const pages = await localePages(locale);
	const text = llmsTxt(locale, pages, { full: new URL(`${prefixOf(locale)}llms-full.txt`, siteUrl()).href, openapi: new URL('openapi.json', siteUrl()).href, sandbox: sandboxDownloadUrl(siteUrl()) });
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
