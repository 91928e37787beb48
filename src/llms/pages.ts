import { getCollection } from 'astro:content';
import type { Locale } from '../contract/index.ts';
import { localePrefixes, pagePath, pageSlugs } from '../site/pages.ts';
import { pageMarkdown } from './page-markdown.ts';
import { strings } from './strings.ts';

export interface MarkdownPage {
	title: string;
	description: string;
	/** The page, absolute. */
	url: string;
	/** Its Markdown twin, absolute: `…/en/tasks/index.md`. */
	markdownUrl: string;
	markdown: string;
}

/** Where the built site is, absolute and with its base path. */
export const siteUrl = () => new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href;

const prefixOf = (locale: Locale) => localePrefixes.find(({ lang }) => lang === locale)!.prefix;

/** Every page of a locale as Markdown, in the sidebar's order. */
export async function markdownPages(locale: Locale): Promise<MarkdownPage[]> {
	const prefix = prefixOf(locale);
	const site = siteUrl();
	const pages = new URL(prefix, site).href;
	const entries = await getCollection('docs');
	return pageSlugs.map((slug) => {
		const id = `${prefix}${slug === 'index' ? '' : slug}`.replace(/\/$/, '') || 'index';
		const entry = entries.find((candidate) => candidate.id === id);
		if (!entry?.body) throw new Error(`No ${locale} page ${slug}`);
		const url = new URL(pagePath(slug), pages).href;
		const markdown = pageMarkdown(entry.body, { locale, t: strings(locale), pages, site });
		return {
			title: entry.data.title,
			description: entry.data.description ?? '',
			url,
			markdownUrl: `${url}index.md`,
			markdown: `# ${entry.data.title}\n\n> ${entry.data.description ?? ''}\n\n${markdown}\n`,
		};
	});
}
