import { setupWorker } from 'msw/browser';
import { createSiteHandlers } from './handlers.ts';
import { SandboxStore, type SandboxPersistence } from '../src/sandbox/store.ts';
import { webStoragePersistence } from '../src/sandbox/web-storage.ts';
import { MSW_ADD_CLIENT, MSW_CLIENT_ADDED, freshFindWorker, untilInstallingWorkerClaims } from '../src/upstream/msw.ts';

/** Frees some of the tab's storage for the sandbox's state; true when it did. The panel says what may go. */
let makeRoom: () => boolean = () => false;
export function makeRoomWith(free: () => boolean): void {
	makeRoom = free;
}

// sessionStorage keeps a reader's tasks across reloads, apart per tab. Where the browser blocks it
// (storage disabled for the site), the sandbox still works, in memory until the page closes.
function tabPersistence(): SandboxPersistence | undefined {
	try {
		return webStoragePersistence(window.sessionStorage, () => makeRoom());
	} catch {
		return undefined;
	}
}

export const store = new SandboxStore(tabPersistence());

const PATIENCE_MS = 15_000;

let started: Promise<void> | undefined;
let worker: ReturnType<typeof setupWorker> | undefined;

/**
 * Installs the worker for a site served under `base` ('/' or '/docs/') and resolves once it is
 * active and answering this page. A second call shares the first.
 */
export function startSandbox(base: string): Promise<void> {
	started ??= start(base).catch((error: unknown) => {
		started = undefined;
		throw error;
	});
	return started;
}

async function start(base: string): Promise<void> {
	// msw refuses to start a worker twice, even one whose start failed half way, and a page that
	// lost its worker needs a new one: every start is a worker of its own. The previous one lets go
	// of what it holds in the page at once (its wait for a worker that may be gone is not awaited),
	// and a new `findWorker` tells msw to let go of its registration instead of reusing it.
	void Promise.resolve(worker?.stop()).catch(() => {});
	// A page reloaded while the worker installs is the worker's as soon as it activates.
	await untilInstallingWorkerClaims(base, PATIENCE_MS);
	worker = setupWorker(...createSiteHandlers(store, new URL(base, location.origin).href));
	await worker.start({
		serviceWorker: { url: `${base}mockServiceWorker.js`, options: { scope: base } },
		findWorker: freshFindWorker(),
		onUnhandledFrame: 'bypass',
		quiet: true,
	});
}

/** Whether the sandbox's worker controls this page and has it on its list of clients (src/upstream/msw.ts). */
async function answering(base: string): Promise<boolean> {
	const controller = navigator.serviceWorker.controller;
	if (!controller || controller.state !== 'activated') return false;
	const registration = await navigator.serviceWorker.getRegistration(base);
	if (!registration || registration.active !== controller) return false;
	return new Promise<boolean>((resolve) => {
		const done = (answered: boolean) => {
			clearTimeout(timer);
			navigator.serviceWorker.removeEventListener('message', heard);
			resolve(answered);
		};
		const heard = (event: MessageEvent) => (event.data as { type?: string } | null)?.type === MSW_CLIENT_ADDED && done(true);
		// A worker that cannot answer within this time is started anew. Generous: a busy machine's
		// worker writes its client list to Cache Storage before it answers, and a worker restarted
		// for no reason takes its registration (and any update of it under way) with it.
		const timer = setTimeout(() => done(false), PATIENCE_MS);
		navigator.serviceWorker.addEventListener('message', heard);
		controller.postMessage(MSW_ADD_CLIENT);
	});
}

/** Resolves true once a worker controls this page (it claims the page as it activates), false after PATIENCE_MS. */
function controlled(): Promise<boolean> {
	if (navigator.serviceWorker.controller) return Promise.resolve(true);
	return new Promise<boolean>((resolve) => {
		const timer = setTimeout(() => resolve(!!navigator.serviceWorker.controller), PATIENCE_MS);
		navigator.serviceWorker.addEventListener('controllerchange', () => (clearTimeout(timer), resolve(true)), { once: true });
	});
}

/** Resolves once a worker answers this page's sandbox requests, starting one anew where the page has lost it. */
export async function sandboxAnswering(base: string): Promise<void> {
	const fresh = started === undefined;
	await startSandbox(base);
	// msw's start has just had its worker's answer: the worker is this page's once it controls it.
	// Asking again at once would only race the worker's own bookkeeping.
	if (fresh && (await controlled())) return;
	if (await answering(base)) return;
	started = undefined;
	await startSandbox(base);
	if (!(await answering(base))) throw new Error('The service worker started but does not control this page. Reload the page and try again.');
}
