/**
 * Pagefind's UI is built from a file inside its package, not from its entry point, so that the
 * site can load it only when a reader reaches for search (src/search/pagefind-on-demand.ts).
 * Checked against the version below; the version test fails when it changes.
 */
export const pagefindWrittenAgainst = { '@pagefind/default-ui': '1.5.2' } as const;

/** The package name Starlight's search imports, which the build points at our stand-in. */
export const PAGEFIND_UI_PACKAGE = /^@pagefind\/default-ui$/;

/** Pagefind's UI itself, from inside its package. */
export const loadPagefindUi = () => import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');
