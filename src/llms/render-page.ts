import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import type { Locale } from '../contract/index.ts';
import { localePrefixes } from '../site/pages.ts';
import { starlightLocals } from '../upstream/starlight-outside-pages.ts';

// One container for every page: MDX content needs Astro's JSX renderer, as on the pages.
const container = loadRenderers([getContainerRenderer()]).then((renderers) => experimental_AstroContainer.create({ renderers }));

/**
 * A page's content as HTML, rendered by the same components as the page itself, with the page's
 * locale, strings and address.
 */
export async function renderPage(entry: CollectionEntry<'docs'>, lang: Locale, url: string): Promise<string> {
	const { Content } = await render(entry);
	const locale = localePrefixes.find((candidate) => candidate.lang === lang)!.prefix.replace(/\/$/, '') || undefined;
	return (await container).renderToString(Content, { request: new Request(url), locals: starlightLocals({ id: entry.id, entry, lang, locale }) });
}
