/**
 * What this site relies on of Starlight beyond its documented options and component overrides:
 * names and markup its own scripts use. Checked against the version below; when Starlight
 * changes, the version test fails, and each of these is to be checked again.
 */
export const starlightWrittenAgainst = { '@astrojs/starlight': '0.42.4' } as const;

/** Where `<Tabs syncKey="lang">` keeps the chosen tab: Starlight's storage key prefix, then the sync key. */
export const syncedTabsStorageKey = (syncKey: string) => `starlight-synced-tabs__${syncKey}`;

/** The element that holds a page's rendered content. */
export const CONTENT_SELECTOR = 'main .sl-markdown-content';

/** The parts of `<site-search>`'s button: the button, and the label it shows beside its icon. */
export const SEARCH_BUTTON_SELECTOR = 'button[data-open-modal]';
export const SEARCH_BUTTON_SHOWN_LABEL_SELECTOR = 'span[aria-hidden]';

/** Starlight's utility classes: hidden visually, and hidden from its medium breakpoint up. */
export const VISUALLY_HIDDEN_BELOW_MEDIUM = 'sr-only md:sl-hidden';

/** Text of a page that only screen readers get, by Starlight's utility class. */
export const SCREEN_READER_ONLY_SELECTOR = '.sr-only';

/** The custom element of Starlight's language picker: it moves to the chosen language once defined. */
export const LANGUAGE_PICKER_ELEMENT = 'starlight-lang-select';
