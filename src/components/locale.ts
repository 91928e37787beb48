import type { Locale } from '../contract/index.ts';
import { strings } from '../site/strings.ts';
import type { Translate } from '../reference/page-facts.ts';

/** Korean is the root locale; English lives under `/en/`. */
export function pageLocale(locals: App.Locals): Locale {
	return locals.starlightRoute.lang === 'en' ? 'en' : 'ko';
}

/** The site's strings in the page's language, the contract's figures filled in: see `strings`. */
export function pageStrings(locals: App.Locals): Translate {
	return strings(pageLocale(locals));
}

/** A path of the site, base path included: `sitePath('openapi.json')`. */
export function sitePath(path: string): string {
	return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`;
}

/** A link to a page of the same locale, base path included: `localeHref('en', 'errors/')`. */
export function localeHref(locale: Locale, path: string): string {
	return sitePath(`${locale === 'en' ? 'en/' : ''}${path}`);
}
