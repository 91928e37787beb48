import type { APIRoute } from 'astro';
import type { Locale } from '../../contract/index.ts';
import { llmsFullTxt } from '../../llms/llms-txt.ts';
import { localeRoutes, markdownPages } from '../../llms/pages.ts';

/** `/llms-full.txt` and `/en/llms-full.txt`. */
export const getStaticPaths = localeRoutes;

export const GET: APIRoute = async ({ props }) => {
	const locale = props.lang as Locale;
	const pages = await markdownPages(locale);
	const text = llmsFullTxt(locale, pages);
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
