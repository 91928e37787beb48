import type { Locale } from '../contract/index.ts';
import en from '../content/i18n/en.json';
import ko from '../content/i18n/ko.json';
import { textFacts, type Translate } from '../reference/page-facts.ts';

const tables: Record<Locale, Record<string, string>> = { en, ko };

/**
 * The site's strings of a locale, with one placeholder syntax, `{{name}}`: filled from `values`,
 * else from the contract's figures (`{{maxBody}}`); any other is left for the browser code to fill.
 */
export function strings(locale: Locale): Translate {
	const facts = textFacts(locale);
	return (key, values = {}) => {
		const text = tables[locale][key];
		if (text === undefined) throw new Error(`No ${locale} string ${key}`);
		return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : (facts[name] ?? whole)));
	};
}
