import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('public/mockServiceWorker.js is the one the installed msw generates', () => {
	const shipped = readFileSync(new URL('../../public/mockServiceWorker.js', import.meta.url), 'utf8');
	const installed = readFileSync(new URL('../../node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');
	expect(shipped).toBe(installed);
});
