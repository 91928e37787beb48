import type { SandboxStore } from '../sandbox/store.ts';
import { makeRoomForSandbox } from './history.ts';

const base = import.meta.env.BASE_URL;

/**
 * Resolves once a sandbox's worker controls the page and answers it, starting it where it never
 * started and again where the page lost it (site data cleared, a worker stopped and restarted
 * without its clients): the panel asks before each Send. Where it cannot start, this rejects with
 * the reason and the panel sends nothing.
 */
export async function ensureSandbox(): Promise<SandboxStore> {
	if (!window.isSecureContext) throw new Error(`${location.origin} is not a secure origin, and service workers need one.`);
	if (!('serviceWorker' in navigator)) throw new Error('This browser does not allow service workers here.');
	const { sandboxAnswering, makeRoomWith, store } = await import('../../mocks/browser.ts');
	// The sandbox's tasks come before the history of requests in the tab's storage.
	makeRoomWith(makeRoomForSandbox);
	await sandboxAnswering(base);
	return store;
}
