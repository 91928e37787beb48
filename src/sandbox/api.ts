/**
 * The WorkersAI API as the sandbox answers it: a request in, a response out, from a store of tasks.
 * The browser's service worker (mocks/handlers.ts, through MSW) and the local server (server.ts)
 * both answer with it.
 */
import { HttpResponse } from 'msw';
import { apiMessages, errorBody, errorCatalog, invalidRequestBody, keyMode, type Endpoint, type ErrorBody } from '../contract/index.ts';
import { FAULT_HEADER, FAULT_STATUSES, faultHeaderRule } from './config.ts';
import { matchRoute } from './routes.ts';
import type { SandboxStore } from './store.ts';
import type { JsonBytes } from './stored-task.ts';
import { validateSandboxBody } from './validate.ts';

/**
 * Every answer's CORS headers: browser code may call the local server (npm run sandbox) from
 * another origin, and Allow must be readable there too, since it is half of what a 405 says.
 */
export const CORS_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Allow' } as const;

// MSW's responses carry the reason phrase of their status ('404 Not Found'), which the panel shows.
/** An error as the API answers it: JSON, its status and reason phrase, the CORS headers. */
export function errorAnswer(body: ErrorBody, headers: Record<string, string> = {}): Response {
	return HttpResponse.json(body, { status: body.error.status, headers: { ...CORS_HEADERS, ...headers } });
}

/** JSON the store keeps, answered as it is. */
function jsonBytes(json: JsonBytes): Response {
	return new HttpResponse(json, { status: 200, headers: { ...CORS_HEADERS, 'Content-Type': 'application/json' } });
}

const fail = errorAnswer;

/**
 * The endpoint a request is for, with its path parameters; or, for none, the answer: 404 for a
 * path the API does not have, 405 with `Allow` for a method its path does not take. The local
 * server asks this too, for the methods the Fetch API cannot carry.
 */
export function resolveEndpoint(pathname: string, method: string): { endpoint: Endpoint; params: Record<string, string> } | Response {
	const found = matchRoute(pathname);
	if (!found) return fail(errorBody(404, apiMessages.noPath(pathname)));
	const asked = method === 'HEAD' ? 'GET' : method;
	const endpoint = found.route.endpoints.find((candidate) => candidate.method === asked);
	if (endpoint) return { endpoint, params: found.params };
	const { allow } = found.route;
	return fail(errorBody(405, apiMessages.methodNotAllowed(method, pathname, allow)), { Allow: allow.join(', ') });
}

function faultAnswer(value: string): Response {
	const status = FAULT_STATUSES.find((fault) => String(fault) === value);
	if (status) return errorAnswer(errorCatalog[status].example);
	return fail(invalidRequestBody([{ path: `headers.${FAULT_HEADER}`, message: faultHeaderRule }]));
}

/** The key when it may use the sandbox, otherwise the 401 that says why not. */
function authenticate(url: URL): string | Response {
	const key = url.searchParams.get('api_key');
	if (!key) return fail(errorBody(401, apiMessages.missingKey));
	const mode = keyMode(key);
	if (!mode) return fail(errorBody(401, apiMessages.malformedKey));
	if (mode === 'live') return fail(errorBody(401, apiMessages.liveKeyInSandbox));
	return key;
}

// The limit is on the raw bytes. Lossy UTF-8 decoding never makes the text shorter than the bytes
// (and the BOM is kept), so the body's size check still sees an oversized body as such.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

interface Call {
	store: SandboxStore;
	key: string;
	params: Record<string, string>;
	request: Request;
	now: Date;
}

/** What each endpoint of the contract does; the contract's endpoint list decides which one a request reaches. */
const operations: Record<Endpoint['id'], (call: Call) => Response | Promise<Response>> = {
	listTasks: ({ store, key, now }) => jsonBytes(store.list(key, now)),
	getTask: ({ store, key, params, now }) => {
		const task = store.get(key, params.id!, now);
		return task ? jsonBytes(task) : fail(errorBody(404, apiMessages.noTask(params.id!)));
	},
	createTask: async ({ store, key, request, now }) => {
		const result = validateSandboxBody(decoder.decode(await request.arrayBuffer()));
		return result.ok ? jsonBytes(store.create(key, result.value, now)) : fail(invalidRequestBody(result.fields));
	},
};

/**
 * What GET answered, status and headers, without the body. Content-Length stays the length GET's
 * body has, as HTTP asks of HEAD; hosts and proxies that read it (node:http, Prism) see GET's.
 */
async function withoutBody(answer: Response): Promise<Response> {
	const headers = new Headers(answer.headers);
	headers.set('Content-Length', String((await answer.arrayBuffer()).byteLength));
	return new Response(null, { status: answer.status, statusText: answer.statusText, headers });
}

/**
 * Answers one request to the API from `store`, by the rules of the contract. HEAD is answered as
 * GET is, a read like any other (test mode completes what it would return), then loses its body.
 */
export async function answerRequest(store: SandboxStore, request: Request, now: Date): Promise<Response> {
	const answer = await answerAny(store, request, now);
	return request.method === 'HEAD' ? withoutBody(answer) : answer;
}

/** In this order: the sandbox's fault header, the path, the method, the key, then the endpoint itself. */
async function answerAny(store: SandboxStore, request: Request, now: Date): Promise<Response> {
	const url = new URL(request.url);
	const fault = request.headers.get(FAULT_HEADER);
	if (fault !== null) return faultAnswer(fault);

	const resolved = resolveEndpoint(url.pathname, request.method);
	if (resolved instanceof Response) return resolved;

	const key = authenticate(url);
	if (key instanceof Response) return key;
	return operations[resolved.endpoint.id]({ store, key, params: resolved.params, request, now });
}
