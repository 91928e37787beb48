/**
 * MSW's cookie jar (tough-cookie) asks tldts for a host's registrable domain, and tldts carries the
 * whole public suffix list. The build points that import at a small stand-in
 * (src/tryit/registrable-domain.ts). Checked against the versions below; the version test fails
 * when they change, since a new release may import tldts differently or not at all.
 */
export const mswWrittenAgainst = { msw: '3.0.5', tldts: '7.6.4' } as const;

/** The package name MSW's dependencies import for the public suffix list. */
export const PUBLIC_SUFFIX_PACKAGE = /^tldts$/;
