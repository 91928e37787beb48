/** The site's locales: Korean at the root, English under `/en/`. */
export const locales = {
	root: { label: '한국어', lang: 'ko' },
	en: { label: 'English', lang: 'en' },
} as const;

/** The URL prefix of each locale's pages, below the base path: `''` for the root locale, `en/`. */
export const localePrefixes = Object.entries(locales).map(([key, { lang }]) => ({ prefix: key === 'root' ? '' : `${key}/`, lang }));

/** The pages of the site by their Starlight slug, in the sidebar's order; `index` is the home page. */
export const pageSlugs = ['index', 'authentication', 'tasks', 'callbacks', 'errors', 'sandbox'] as const;
export type PageSlug = (typeof pageSlugs)[number];

/** A page's path below its locale's root: `''` for the home page, `tasks/` for the others. */
export function pagePath(slug: PageSlug): string {
	return slug === 'index' ? '' : `${slug}/`;
}

/** Every page's path below the base path, in both locales: `''`, `tasks/`, `en/`, `en/tasks/`… */
export const allPagePaths = localePrefixes.flatMap(({ prefix }) => pageSlugs.map((slug) => prefix + pagePath(slug)));

/** Where the reference puts what the contract describes: every endpoint on one page, every error on another. */
export const endpointsPage: PageSlug = 'tasks';
export const errorsPage: PageSlug = 'errors';

/** The anchor of an error's section on the errors page. */
export const errorAnchor = (status: number) => `error-${status}`;
