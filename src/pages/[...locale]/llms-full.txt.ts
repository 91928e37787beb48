import type { APIRoute } from 'astro';
import type { Locale } from '../../contract/index.ts';
import { llmsFullTxt } from '../../llms/llms-txt.ts';
import { localePages, localeRoutes, pageMarkdownPart } from '../../llms/pages.ts';

/** `/llms-full.txt` and `/en/llms-full.txt`. */
export const getStaticPaths = localeRoutes;

export const GET: APIRoute = async ({ props }) => {
	const locale = props.lang as Locale;
	const pages = await localePages(locale);
	const text = llmsFullTxt(locale, await Promise.all(pages.map(async (page) => ({ url: page.url, markdown: await pageMarkdownPart(page) }))));
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
