import type { GetStaticPaths } from 'astro';
import type { Blockquote, Heading, Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../contract/index.ts';
import { localePrefixes, pagePath, pageSlugs } from '../site/pages.ts';
import { htmlToMdast, mdastToMarkdown } from './html-to-markdown.ts';
import { renderPage } from './render-page.ts';

export interface MarkdownPage {
	title: string;
	description: string;
	/** The page below the base path: `en/tasks/`. */
	path: string;
	/** The page, absolute. */
	url: string;
	/** Its Markdown twin, absolute: `…/en/tasks/index.md`. */
	markdownUrl: string;
	lang: Locale;
	entry: CollectionEntry<'docs'>;
}

/** Where the built site is, absolute and with its base path. */
export const siteUrl = () => new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href;

export const prefixOf = (locale: Locale) => localePrefixes.find(({ lang }) => lang === locale)!.prefix;

/** One route per locale, for the files of a whole locale: `/llms.txt` and `/en/llms.txt`. */
export const localeRoutes = (() => localePrefixes.map(({ prefix, lang }) => ({ params: { locale: prefix.replace(/\/$/, '') || undefined }, props: { lang } }))) satisfies GetStaticPaths;

/** Every page of a locale, in the sidebar's order. */
export async function localePages(locale: Locale): Promise<MarkdownPage[]> {
	const prefix = prefixOf(locale);
	const site = siteUrl();
	const entries = await getCollection('docs');
	return pageSlugs.map((slug) => {
		const path = prefix + pagePath(slug);
		const entry = entries.find((candidate) => candidate.id === (path.replace(/\/$/, '') || 'index'));
		if (!entry) throw new Error(`No ${locale} page ${slug}`);
		const url = new URL(path, site).href;
		return { title: entry.data.title, description: entry.data.description ?? '', path, url, markdownUrl: `${url}index.md`, lang: locale, entry };
	});
}

// A page's twin and its locale's llms-full.txt ask for its Markdown: in a build, each page is
// rendered once; in development every request renders afresh, so that an edit shows.
const made = new Map<string, Promise<MdastRoot>>();

/**
 * A page as a Markdown tree: its title, its summary, then its content as the page renders it,
 * converted from the HTML of the same components.
 */
function pageTree(page: MarkdownPage): Promise<MdastRoot> {
	const tree =
		made.get(page.url) ??
		renderPage(page.entry, page.lang, page.url).then((html) => {
			const content = htmlToMdast(html, page.url);
			const title: Heading = { type: 'heading', depth: 1, children: [{ type: 'text', value: page.title }] };
			const summary: Blockquote = { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: page.description }] }] };
			return { ...content, children: [title, summary, ...content.children] };
		});
	if (!import.meta.env.DEV) made.set(page.url, tree);
	return tree;
}

/** A page's Markdown twin. */
export const pageMarkdown = async (page: MarkdownPage) => mdastToMarkdown(await pageTree(page));

/** A page's Markdown one heading level down, as a part of a longer document (llms-full.txt). */
export async function pageMarkdownPart(page: MarkdownPage): Promise<string> {
	const tree = structuredClone(await pageTree(page));
	visit(tree, 'heading', (heading) => {
		heading.depth = Math.min(heading.depth + 1, 6) as Heading['depth'];
	});
	return mdastToMarkdown(tree);
}
