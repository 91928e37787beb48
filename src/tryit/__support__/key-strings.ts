import type { Strings } from '../strings.ts';

/** The panel's strings, each its own key, so that a test reads which one was said. */
export const keyStrings = new Proxy({}, { get: (_, key) => String(key) }) as Strings;
