import { http } from 'msw';
import { API_ORIGIN } from '../src/contract/index.ts';
import { answerRequest } from '../src/sandbox/api.ts';
import type { SandboxStore } from '../src/sandbox/store.ts';

/** The WorkersAI API as the contract describes it, answered from `store`; `now` is for tests that pin the clock. */
export function createHandlers(store: SandboxStore, now: () => Date = () => new Date()) {
	// The whole API host, not only /v1: any other path of it is a 404 here rather than a real
	// request that leaves the sandbox.
	return [http.all(`${API_ORIGIN}/*`, ({ request }) => answerRequest(store, request, now()))];
}
