import type { APIRoute, GetStaticPaths } from 'astro';
import { localePrefixes } from '../../site/pages.ts';
import { localePages, pageMarkdown, type MarkdownPage } from '../../llms/pages.ts';

/** The Markdown twin of every page: `/tasks/index.md`, `/en/tasks/index.md`. */
export const getStaticPaths = (async () => {
	const paths = [];
	for (const { lang } of localePrefixes) {
		for (const page of await localePages(lang)) paths.push({ params: { page: page.path.replace(/\/$/, '') || undefined }, props: { page } });
	}
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await pageMarkdown(props.page as MarkdownPage), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
