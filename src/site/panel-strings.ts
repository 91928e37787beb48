import type { AstroIntegration } from 'astro';
import type { Locale } from '../contract/index.ts';
import { localePrefixes } from './pages.ts';
import { strings } from './strings.ts';

/** The id the Try it panel's code imports its strings by: `virtual:try-it-strings/en`. */
export const PANEL_STRINGS_MODULE = 'virtual:try-it-strings/';

/**
 * The Try it panel's strings of each locale as a module of their own, which the panel's code loads
 * with itself when a reader opens a panel, instead of every page carrying them in every panel's
 * markup (a twelfth of a Tasks page's compressed bytes). Filled in as the page's own strings are.
 */
export function panelStrings(keys: readonly string[]): AstroIntegration {
	const resolved = `\0${PANEL_STRINGS_MODULE}`;
	const localeOf = (id: string) => localePrefixes.find(({ lang }) => id === `${resolved}${lang}`)?.lang as Locale | undefined;
	return {
		name: 'panel-strings',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'panel-strings',
								resolveId: (id: string) => (id.startsWith(PANEL_STRINGS_MODULE) ? `\0${id}` : undefined),
								load(id: string) {
									const locale = localeOf(id);
									if (!id.startsWith(resolved)) return undefined;
									if (!locale) throw new Error(`${id.slice(1)}: no such locale; the site has ${localePrefixes.map(({ lang }) => lang).join(', ')}`);
									const t = strings(locale);
									return `export default ${JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(`tryit.${key}`)])))};`;
								},
							},
						],
					},
				});
			},
		},
	};
}
