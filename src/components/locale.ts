import type { Locale } from '../reference/fields.ts';
import type { Translate } from '../reference/page-facts.ts';

/** Korean is the root locale; English lives under `/en/`. */
export function pageLocale(locals: App.Locals): Locale {
	return locals.starlightRoute.lang === 'en' ? 'en' : 'ko';
}

/** A link to a page of the same locale, base path included: `localeHref('en', 'errors/')`. */
export function localeHref(locale: Locale, path: string): string {
	return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${locale === 'en' ? 'en/' : ''}${path}`;
}

/** The page's strings as a plain lookup, for the derivations shared with the Markdown pages. */
export function translate(locals: App.Locals): Translate {
	// Values are put into text, not HTML: Astro escapes what it renders.
	return (key, values) => String(locals.t(key as never, { ...values, interpolation: { escapeValue: false } } as never));
}
