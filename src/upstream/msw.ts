/**
 * MSW's cookie jar (tough-cookie) asks tldts for a host's registrable domain, and tldts carries the
 * whole public suffix list. The build points that import at a small stand-in
 * (src/tryit/registrable-domain.ts). Checked against the versions below; the version test fails
 * when they change, since a new release may import tldts differently or not at all.
 */
export const mswWrittenAgainst = { msw: '3.0.5', tldts: '7.6.4' } as const;

/** The package name MSW's dependencies import for the public suffix list. */
export const PUBLIC_SUFFIX_PACKAGE = /^tldts$/;

/**
 * What the page says to msw's worker (public/mockServiceWorker.js) to be on its list of clients,
 * and what the worker answers: msw sends it once, at start. A browser that stops an idle worker
 * starts it again with the list it saved in Cache Storage, or none if that was cleared; the panel
 * sends it again before each Send.
 */
export const MSW_ADD_CLIENT = 'MOCK_ACTIVATE';
export const MSW_CLIENT_ADDED = 'MOCKING_ENABLED';

/**
 * msw keeps one service-worker source per page and reuses it unless `findWorker` (or the worker's
 * URL or options) differs from the last start's; a new function makes it let go of the previous
 * registration and register afresh, which a page that lost its worker needs.
 */
export const freshFindWorker = () => (scriptUrl: string, mswUrl: string) => scriptUrl === mswUrl;

/**
 * msw reloads the page when its worker is registered but controls no page (`getWorkerInstance`):
 * meant for a hard reload, which leaves a page uncontrolled for good. A page loaded while the
 * worker is still installing is uncontrolled only until that worker activates and claims it, and
 * msw's reload would throw away the panel the reader has just opened. This waits for the claim
 * instead, at most `patienceMs`; a hard-reloaded page is left to msw.
 */
export async function untilInstallingWorkerClaims(scope: string, patienceMs: number): Promise<void> {
	const container = navigator.serviceWorker;
	if (container.controller) return;
	const registration = await container.getRegistration(scope);
	const pending = registration && (registration.installing ?? registration.waiting ?? (registration.active?.state === 'activating' ? registration.active : null));
	if (!pending) return;
	await new Promise<void>((resolve) => {
		const done = () => {
			clearTimeout(timer);
			container.removeEventListener('controllerchange', done);
			pending.removeEventListener('statechange', ended);
			resolve();
		};
		// A worker that fails to install claims nothing: msw then registers it again.
		const ended = () => pending.state === 'redundant' && done();
		const timer = setTimeout(done, patienceMs);
		container.addEventListener('controllerchange', done);
		pending.addEventListener('statechange', ended);
		if (container.controller || pending.state === 'redundant') done();
	});
}
