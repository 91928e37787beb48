import { useTranslations } from '@astrojs/starlight/internal';

/*
 * What rendering a page's content outside a Starlight page relies on (the Markdown twins), written
 * against the Starlight version of starlight.ts: the translations Starlight's middleware gives its
 * components, and the route data they read.
 */

interface Page {
	/** Starlight's id of the page's entry: `en/tasks`. */
	id: string;
	entry: unknown;
	lang: string;
	/** The locale's key in Starlight's configuration; none for the root locale. */
	locale: string | undefined;
}

/**
 * `Astro.locals` as a Starlight page gives it to its components: `t` (Starlight's strings and
 * ours) and the route data of the page. A component that reads route data beyond what a page's
 * content needs gets an error that names the field, instead of a twin missing its output.
 */
export function starlightLocals(page: Page): App.Locals {
	const routeData = { id: page.id, entry: page.entry, lang: page.lang, dir: 'ltr', locale: page.locale };
	const starlightRoute = new Proxy(routeData, {
		get(target, field, receiver) {
			if (typeof field === 'string' && !(field in target)) {
				throw new Error(`${page.id} is rendered outside a Starlight page, where locals.starlightRoute.${field} is not set (only ${Object.keys(routeData).join(', ')}).`);
			}
			return Reflect.get(target, field, receiver);
		},
	});
	return { t: useTranslations(page.lang), starlightRoute } as unknown as App.Locals;
}
