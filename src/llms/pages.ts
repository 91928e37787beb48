import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Locale } from '../contract/index.ts';
import { localePrefixes, pagePath, pageSlugs } from '../site/pages.ts';
import { pageMarkdown } from './page-markdown.ts';
import { strings } from '../site/strings.ts';

export interface MarkdownPage {
	title: string;
	description: string;
	/** The page below the base path: `en/tasks/`. */
	path: string;
	/** The page, absolute. */
	url: string;
	/** Its Markdown twin, absolute: `…/en/tasks/index.md`. */
	markdownUrl: string;
	markdown: string;
}

/** Where the built site is, absolute and with its base path. */
export const siteUrl = () => new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href;

export const prefixOf = (locale: Locale) => localePrefixes.find(({ lang }) => lang === locale)!.prefix;

/** One route per locale, for the files of a whole locale: `/llms.txt` and `/en/llms.txt`. */
export const localeRoutes = (() => localePrefixes.map(({ prefix, lang }) => ({ params: { locale: prefix.replace(/\/$/, '') || undefined }, props: { lang } }))) satisfies GetStaticPaths;

// Three routes ask for every page of a locale: each text is made into Markdown once.
const made = new Map<string, string>();

/** Every page of a locale as Markdown, in the sidebar's order. */
export async function markdownPages(locale: Locale): Promise<MarkdownPage[]> {
	const prefix = prefixOf(locale);
	const site = siteUrl();
	const pages = new URL(prefix, site).href;
	const entries = await getCollection('docs');
	return pageSlugs.map((slug) => {
		const path = prefix + pagePath(slug);
		const entry = entries.find((candidate) => candidate.id === (path.replace(/\/$/, '') || 'index'));
		if (!entry?.body) throw new Error(`No ${locale} page ${slug}`);
		const url = new URL(path, site).href;
		const key = `${locale}\n${entry.body}`;
		const markdown = made.get(key) ?? pageMarkdown(entry.body, { locale, t: strings(locale), pages, site });
		made.set(key, markdown);
		return {
			title: entry.data.title,
			description: entry.data.description ?? '',
			path,
			url,
			markdownUrl: `${url}index.md`,
			markdown: `# ${entry.data.title}\n\n> ${entry.data.description ?? ''}\n\n${markdown}\n`,
		};
	});
}
