import type { Locale } from '../contract/index.ts';
import en from '../content/i18n/en.json';
import ko from '../content/i18n/ko.json';
import type { Translate } from '../reference/page-facts.ts';

const tables: Record<Locale, Record<string, string>> = { en, ko };

/** The site's strings of a locale, `{{name}}` filled in as Starlight's `t` does. */
export function strings(locale: Locale): Translate {
	return (key, values = {}) => {
		const text = tables[locale][key];
		if (text === undefined) throw new Error(`No ${locale} string ${key}`);
		return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
	};
}
