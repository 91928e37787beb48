import type { Locale } from '../contract/index.ts';
import type { Strings } from './strings.ts';

// Each locale's strings are a module the build makes (src/site/panel-strings.ts), loaded with the
// panel's code rather than carried by every page.
const byLocale: Record<Locale, () => Promise<{ default: Strings }>> = {
	en: () => import('virtual:try-it-strings/en'),
	ko: () => import('virtual:try-it-strings/ko'),
};

/** The panel's strings in a page's language. */
export const panelStrings = (locale: Locale): Promise<Strings> => byLocale[locale]().then((module) => module.default);
