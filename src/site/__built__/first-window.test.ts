import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../built-files.ts';

/*
 * The built site (`npm run build` first), as nginx sends it: each page's precompressed brotli.
 * A page that fits TCP's first window arrives in one round trip. Ten segments of a typical MSS
 * (RFC 6928's initial window, 10 x 1,460 bytes) carry about 14.3 KB; the headers of the answer take
 * some of that, so a page's HTML has 14 KB.
 */
const FIRST_WINDOW = 14 * 1024;
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

describe.each(await builtPages(dist))('%s', (page) => {
	it(`arrives within TCP's first window: at most ${FIRST_WINDOW.toLocaleString('en')} bytes as brotli`, async () => {
		expect((await stat(`${dist}${page}.br`)).size).toBeLessThanOrEqual(FIRST_WINDOW);
	});
});
