/**
 * What the Markdown twins read of Expressive Code's markup to turn a code block back into fenced
 * code, and how the site tells one of its scripts from the others. Checked against the version
 * below; when it changes, the version test fails, and each of these is to be checked again.
 */
export const expressiveCodeWrittenAgainst = { 'astro-expressive-code': '0.44.2' } as const;

/** A code block's outermost element. */
export const CODE_BLOCK_SELECTOR = '.expressive-code';

/** Its title, in the caption of its frame. */
export const CODE_TITLE_SELECTOR = 'figcaption .title';

/** Each line of its code, when it has a line of markup per line of code. */
export const CODE_LINE_SELECTOR = '.ec-line';

/**
 * The copy button keeps the code in `data-code`, with U+007F for each line break, where the page
 * keeps it: src/site/ec-light-markup.ts leaves it out where the code as shown is what it copies.
 */
export const COPIED_CODE_SELECTOR = '[data-code]';
export const copiedCode = (attribute: string) => attribute.replace(/\u007f/g, '\n');

/**
 * What names the script Expressive Code adds to every page with code to make a block that scrolls
 * sideways reachable by keyboard (its core's tabindex module), among the scripts of its renderer.
 */
export const SCROLL_FOCUS_MODULE_MARK = '[EC] tabindex-js-module';
