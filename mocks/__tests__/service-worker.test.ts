import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// msw checks the worker script against its own version at start; a stale copy breaks the docs' sandbox.
it('public/mockServiceWorker.js is the one the installed msw ships', () => {
	const shipped = readFileSync(new URL('../../public/mockServiceWorker.js', import.meta.url), 'utf8');
	const installed = readFileSync(new URL('../../node_modules/msw/lib/mockServiceWorker.js', import.meta.url), 'utf8');
	expect(shipped === installed, 'stale: run `npx msw init public --no-save`').toBe(true);
});
