/**
 * The WorkersAI API as the sandbox answers it: a request in, an answer out, from a store of tasks.
 * The browser's service worker answers with it as a Response (fetch-api.ts, through MSW), and the
 * local server (server.ts) writes its answers straight to the socket.
 */
import { apiMessages, errorBody, errorCatalog, invalidRequestBody, keyMode, type Endpoint, type ErrorBody } from '../contract/index.ts';
import { FAULT_HEADER, FAULT_STATUSES, faultHeaderRule } from './config.ts';
import { matchRoute } from './routes.ts';
import type { SandboxStore } from './store.ts';
import type { JsonOut } from './stored-task.ts';
import { validateSandboxBody } from './validate.ts';

/**
 * Every answer's CORS headers: browser code may call the local server (npm run sandbox) from
 * another origin, and Allow must be readable there too, since it is half of what a 405 says.
 */
export const CORS_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Allow' } as const;

// The limit is on the raw bytes. Lossy UTF-8 decoding never makes the text shorter than the bytes
// (and the BOM is kept), so the body's size check still sees an oversized body as such.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A request's body as `ApiRequest.text` gives it, whoever received the bytes. */
export const decodeBody = (bytes: Uint8Array): string => decoder.decode(bytes);

/** A request as the API reads it, whether a fetch Request or node:http's. */
export interface ApiRequest {
	method: string;
	/** On the API's own host: only its path and query count. */
	url: URL;
	/** A header's value, as `Headers.get` gives it; null when absent. */
	header(name: string): string | null;
	/** The body, decoded as UTF-8; only a create reads it. */
	text(): Promise<string>;
}

/**
 * An answer of the API, JSON either way, with the CORS headers: an error as the contract writes it,
 * with its status and any headers of its own (Allow); or a task or list as the store keeps it.
 */
export type ApiAnswer = { status: number; error: ErrorBody; headers: Record<string, string> } | { status: 200; json: JsonOut };

/** An error as the API answers it. */
export const errorAnswer = (body: ErrorBody, headers: Record<string, string> = {}): ApiAnswer => ({ status: body.error.status, error: body, headers });

const fail = errorAnswer;

/**
 * The endpoint a request is for, with its path parameters; or, for none, the answer: 404 for a
 * path the API does not have, 405 with `Allow` for a method its path does not take. The local
 * server asks this too, for the methods the Fetch API cannot carry.
 */
export function resolveEndpoint(pathname: string, method: string): { endpoint: Endpoint; params: Record<string, string> } | ApiAnswer {
	const found = matchRoute(pathname);
	if (!found) return fail(errorBody(404, apiMessages.noPath(pathname)));
	const asked = method === 'HEAD' ? 'GET' : method;
	const endpoint = found.route.endpoints.find((candidate) => candidate.method === asked);
	if (endpoint) return { endpoint, params: found.params };
	const { allow } = found.route;
	return fail(errorBody(405, apiMessages.methodNotAllowed(method, pathname, allow)), { Allow: allow.join(', ') });
}

function faultAnswer(value: string): ApiAnswer {
	const status = FAULT_STATUSES.find((fault) => String(fault) === value);
	if (status) return errorAnswer(errorCatalog[status].example);
	return fail(invalidRequestBody([{ path: `headers.${FAULT_HEADER}`, message: faultHeaderRule }]));
}

/** The key when it may use the sandbox, otherwise the 401 that says why not. */
function authenticate(url: URL): string | ApiAnswer {
	const key = url.searchParams.get('api_key');
	if (!key) return fail(errorBody(401, apiMessages.missingKey));
	const mode = keyMode(key);
	if (!mode) return fail(errorBody(401, apiMessages.malformedKey));
	if (mode === 'live') return fail(errorBody(401, apiMessages.liveKeyInSandbox));
	return key;
}

interface Call {
	store: SandboxStore;
	key: string;
	params: Record<string, string>;
	request: ApiRequest;
	now: Date;
}

const json = (out: JsonOut): ApiAnswer => ({ status: 200, json: out });

/** What each endpoint of the contract does; the contract's endpoint list decides which one a request reaches. */
const operations: Record<Endpoint['id'], (call: Call) => ApiAnswer | Promise<ApiAnswer>> = {
	listTasks: ({ store, key, now }) => json(store.list(key, now)),
	getTask: ({ store, key, params, now }) => {
		const task = store.get(key, params.id!, now);
		return task ? json(task) : fail(errorBody(404, apiMessages.noTask(params.id!)));
	},
	createTask: async ({ store, key, request, now }) => {
		const result = validateSandboxBody(await request.text());
		return result.ok ? json(store.create(key, result.value, now)) : fail(invalidRequestBody(result.fields));
	},
};

/**
 * Answers one request to the API from `store`, by the rules of the contract, in this order: the
 * sandbox's fault header, the path, the method, the key, then the endpoint itself. HEAD is
 * answered as GET is, a read like any other (test mode completes what it would return); whoever
 * sends the answer leaves its body out.
 */
export async function answerApi(store: SandboxStore, request: ApiRequest, now: Date): Promise<ApiAnswer> {
	const fault = request.header(FAULT_HEADER);
	if (fault !== null) return faultAnswer(fault);

	const resolved = resolveEndpoint(request.url.pathname, request.method);
	if ('status' in resolved) return resolved;

	const key = authenticate(request.url);
	if (typeof key !== 'string') return key;
	return operations[resolved.endpoint.id]({ store, key, params: resolved.params, request, now });
}
