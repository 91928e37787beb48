import type { Locale } from '../contract/index.ts';

/** Korean is the root locale; English lives under `/en/`. */
export function pageLocale(locals: App.Locals): Locale {
	return locals.starlightRoute.lang === 'en' ? 'en' : 'ko';
}

/** A link to a page of the same locale, base path included: `localeHref('en', 'errors/')`. */
export function localeHref(locale: Locale, path: string): string {
	return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${locale === 'en' ? 'en/' : ''}${path}`;
}
