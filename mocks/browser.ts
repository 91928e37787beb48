import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.ts';
import { SandboxStore, type SandboxPersistence } from '../src/sandbox/store.ts';
import { webStoragePersistence } from '../src/sandbox/web-storage.ts';

// sessionStorage keeps a reader's tasks across reloads, apart per tab. Where the browser blocks it
// (storage disabled for the site), the sandbox still works, in memory until the page closes.
function tabPersistence(): SandboxPersistence | undefined {
	try {
		return webStoragePersistence(window.sessionStorage);
	} catch {
		return undefined;
	}
}

export const store = new SandboxStore(tabPersistence());
// setupWorker registers nothing by itself: the service worker is only installed by start().
export const worker = setupWorker(...createHandlers(store));

let started: Promise<void> | undefined;

/**
 * Installs the worker for a site served under `base` ('/' or '/docs/') and resolves once it is
 * active and answering this page. A second call shares the first: msw refuses to start twice.
 */
export function startSandbox(base: string): Promise<void> {
	started ??= worker
		.start({
			serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
			onUnhandledFrame: 'bypass',
			quiet: true,
		})
		.then(
			() => undefined,
			(error: unknown) => {
				started = undefined;
				throw error;
			},
		);
	return started;
}
