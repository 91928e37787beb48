import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../contract/index.ts';
import { llmsTxt } from '../../llms/llms-txt.ts';
import { markdownPages, siteUrl } from '../../llms/pages.ts';
import { localePrefixes } from '../../site/pages.ts';

/** `/llms.txt` and `/en/llms.txt`. */
export const getStaticPaths = (() => localePrefixes.map(({ prefix, lang }) => ({ params: { locale: prefix.replace(/\/$/, '') || undefined }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const locale = props.lang as Locale;
	const pages = await markdownPages(locale);
	const prefix = localePrefixes.find(({ lang }) => lang === locale)!.prefix;
	const text = llmsTxt(locale, pages, { full: new URL(`${prefix}llms-full.txt`, siteUrl()).href, openapi: new URL('openapi.json', siteUrl()).href });
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
