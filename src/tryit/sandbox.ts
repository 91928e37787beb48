import type { SandboxStore } from '../sandbox/store.ts';

let starting: Promise<SandboxStore> | undefined;

/**
 * Starts the MSW worker once per page and resolves when it controls the page, so that a request
 * to the API host can only ever be answered by the sandbox. Where it cannot start, this rejects
 * with the reason and the panel sends nothing.
 */
export function ensureSandbox(): Promise<SandboxStore> {
	starting ??= (async () => {
		if (!window.isSecureContext) throw new Error(`${location.origin} is not a secure origin, and service workers need one.`);
		if (!('serviceWorker' in navigator)) throw new Error('This browser does not allow service workers here.');
		const { startSandbox, store } = await import('../../mocks/browser.ts');
		await startSandbox(import.meta.env.BASE_URL);
		if (!navigator.serviceWorker.controller) throw new Error('The service worker started but does not control this page. Reload the page and try again.');
		return store;
	})();
	starting.catch(() => (starting = undefined));
	return starting;
}
