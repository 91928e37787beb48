import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.ts';
import { SandboxStore } from './store.ts';

// State lives in sessionStorage: it survives a reload and stays apart per browser tab.
export const store = new SandboxStore(sessionStorage);
export const worker = setupWorker(...createHandlers(store));

/** Starts the worker for a site served under `base` ('/' or '/docs/'). */
export async function startSandbox(base: string): Promise<void> {
	await worker.start({
		serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
		onUnhandledRequest: 'bypass',
		quiet: true,
	});
}
