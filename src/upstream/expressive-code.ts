/**
 * What the Markdown twins read of Expressive Code's markup to turn a code block back into fenced
 * code. Checked against the version below; when it changes, the version test fails, and each of
 * these is to be checked again.
 */
export const expressiveCodeWrittenAgainst = { 'astro-expressive-code': '0.44.2' } as const;

/** A code block's outermost element. */
export const CODE_BLOCK_SELECTOR = '.expressive-code';

/** Its title, in the caption of its frame. */
export const CODE_TITLE_SELECTOR = 'figcaption .title';

/** Each line of its code, when it has a line of markup per line of code. */
export const CODE_LINE_SELECTOR = '.ec-line';

/** The copy button keeps the code in `data-code`, with U+007F for each line break. */
export const COPIED_CODE_SELECTOR = '[data-code]';
export const copiedCode = (attribute: string) => attribute.replace(/\u007f/g, '\n');
