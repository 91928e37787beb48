import type { APIRoute, GetStaticPaths } from 'astro';
import { localePrefixes } from '../../site/pages.ts';
import { markdownPages } from '../../llms/pages.ts';

/** The Markdown twin of every page: `/tasks/index.md`, `/en/tasks/index.md`. */
export const getStaticPaths = (async () => {
	const paths = [];
	for (const { lang } of localePrefixes) {
		for (const page of await markdownPages(lang)) {
			paths.push({ params: { page: page.path.replace(/\/$/, '') || undefined }, props: { markdown: page.markdown } });
		}
	}
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.markdown as string, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
