import { http } from 'msw';
import { API_ORIGIN, API_PATH } from '../src/contract/index.ts';
import { sandboxRoot, toApiUrl } from '../src/sandbox/address.ts';
import { answerRequest } from '../src/sandbox/fetch-api.ts';
import type { SandboxStore } from '../src/sandbox/store.ts';

/** The WorkersAI API as the contract describes it, answered from `store`; `now` is for tests that pin the clock. */
export function createHandlers(store: SandboxStore, now: () => Date = () => new Date()) {
	// The whole API host, not only /v1: any other path of it is a 404 here rather than a real
	// request that leaves the sandbox.
	return [http.all(`${API_ORIGIN}/*`, ({ request }) => answerRequest(store, request, now()))];
}

/**
 * The same API at the sandbox's address on the docs' own site (`site`: origin and base path),
 * where the Try it panels send: the sandbox sees each request as the API's, at `/v1/...`. Only the
 * API's path there: the docs' own Sandbox page and its Markdown twin share the folder's name.
 */
export function createSiteHandlers(store: SandboxStore, site: string, now: () => Date = () => new Date()) {
	return [
		http.all(`${sandboxRoot(site)}${API_PATH}/*`, async ({ request }) => {
			const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
			const asSent = new Request(toApiUrl(request.url, site), { method: request.method, headers: request.headers, body });
			return answerRequest(store, asSent, now());
		}),
	];
}
