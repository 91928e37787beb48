import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { useTranslations } from '@astrojs/starlight/internal';
import { experimental_AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import type { Locale } from '../contract/index.ts';

// One container for every page: MDX content needs Astro's JSX renderer, as on the pages.
const container = loadRenderers([getContainerRenderer()]).then((renderers) => experimental_AstroContainer.create({ renderers }));

/**
 * What the page's components may read of Starlight's route data outside a Starlight page. A
 * component that reads more gets an error naming the field, instead of a twin missing its output.
 */
function routeData(entry: CollectionEntry<'docs'>, lang: Locale) {
	const known = { id: entry.id, entry, lang, dir: 'ltr', locale: lang === 'ko' ? undefined : lang };
	return new Proxy(known, {
		get(target, field, receiver) {
			if (typeof field === 'string' && !(field in target)) {
				throw new Error(`The Markdown twin of ${entry.id} renders its components outside a Starlight page, where locals.starlightRoute.${field} is not set (src/llms/render-page.ts sets ${Object.keys(known).join(', ')}).`);
			}
			return Reflect.get(target, field, receiver);
		},
	});
}

/**
 * A page's content as HTML, rendered by the same components as the page itself, with the page's
 * locale, translations (Starlight's `t`, which holds our strings too) and address.
 */
export async function renderPage(entry: CollectionEntry<'docs'>, lang: Locale, url: string): Promise<string> {
	const { Content } = await render(entry);
	return (await container).renderToString(Content, {
		request: new Request(url),
		locals: { t: useTranslations(lang), starlightRoute: routeData(entry, lang) } as unknown as App.Locals,
	});
}
