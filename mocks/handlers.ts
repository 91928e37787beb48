import { http, HttpResponse } from 'msw';
import {
	BASE_URL,
	FAULT_HEADER,
	FAULT_STATUSES,
	errorBody,
	errorCatalog,
	keyMode,
	validateCreateBody,
	type ErrorBody,
	type ErrorStatus,
	type FieldError,
	type Task,
} from '../src/contract/index.ts';
import type { SandboxStore } from './store.ts';

const API = new URL(BASE_URL);

// Browser code may call the local server (npm run sandbox) from another origin; Allow must be
// readable there too, since it is half of what a 405 says.
const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Allow' };

function json(body: Task | Task[] | ErrorBody, status = 200, headers: Record<string, string> = {}): Response {
	return HttpResponse.json(body, { status, headers: { ...CORS, ...headers } });
}

function fail(status: ErrorStatus, message: string, fields?: FieldError[], headers?: Record<string, string>): Response {
	return json(errorBody(status, message, fields), status, headers);
}

function invalid(fields: FieldError[]): Response {
	return fail(400, `The request has ${fields.length} invalid field${fields.length === 1 ? '' : 's'}.`, fields);
}

/** The methods a path of the API takes, and its task id if it has one; undefined for no such path. */
function route(pathname: string): { allow: string[]; id?: string } | undefined {
	const path = pathname.startsWith(`${API.pathname}/`) ? pathname.slice(API.pathname.length) : undefined;
	if (path === '/tasks') return { allow: ['GET', 'POST'] };
	const id = path === undefined ? undefined : /^\/tasks\/([^/]+)$/.exec(path)?.[1];
	if (id === undefined) return undefined;
	try {
		return { allow: ['GET'], id: decodeURIComponent(id) };
	} catch {
		// A broken escape like %E0 cannot name any task, but the 404 can still quote it.
		return { allow: ['GET'], id };
	}
}

function faultAnswer(value: string): Response {
	const status = FAULT_STATUSES.find((fault) => String(fault) === value);
	if (status) return json(errorCatalog[status].example, status);
	const allowed = FAULT_STATUSES.join(', ');
	return invalid([{ path: `headers.${FAULT_HEADER}`, message: `must be one of ${allowed}` }]);
}

/** The key when it may use the sandbox, otherwise the 401 that says why not. */
function authenticate(url: URL): string | Response {
	const key = url.searchParams.get('api_key');
	if (!key) return json(errorCatalog[401].example, 401);
	const mode = keyMode(key);
	if (!mode) return fail(401, 'The api_key is malformed: a key is test_ or live_ followed by 20 letters or digits.');
	if (mode === 'live') {
		return fail(401, 'Live keys are never accepted by the sandbox, and a live key must never appear in documentation. Use a test key.');
	}
	return key;
}

// The limit is on the raw bytes. Lossy UTF-8 decoding never makes the text shorter than the bytes
// (and the BOM is kept), so validateCreateBody's size check still sees an oversized body as such.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Answers one request to the API from `store`, by the rules of CONTRACT.md, in this order: the
 * sandbox's fault header, the path, the method, the key, then the body or the id.
 *
 * `method` differs from `request.method` only for a method the Fetch API refuses to put in a
 * Request (TRACE), which node:http still receives: the local server passes it here.
 */
export async function answerRequest(store: SandboxStore, request: Request, now: Date, method = request.method): Promise<Response> {
	const url = new URL(request.url);
	const fault = request.headers.get(FAULT_HEADER);
	if (fault !== null) return faultAnswer(fault);

	const found = route(url.pathname);
	if (!found) return fail(404, `There is no ${url.pathname} in the WorkersAI API.`);
	if (!found.allow.includes(method)) {
		const allow = found.allow.join(', ');
		return fail(405, `${method} is not allowed on ${url.pathname}. Allowed: ${allow}.`, undefined, { Allow: allow });
	}

	const key = authenticate(url);
	if (key instanceof Response) return key;

	if (method === 'POST') {
		const result = validateCreateBody(decoder.decode(await request.arrayBuffer()));
		return result.ok ? json(store.create(key, result.value, now)) : invalid(result.fields);
	}
	if (found.id === undefined) return json(store.list(key, now));
	const task = store.get(key, found.id, now);
	return task ? json(task) : fail(404, `No task with external_id ${found.id} for this key.`);
}

/** The WorkersAI API as CONTRACT.md describes it, answered from `store`; `now` is for tests that pin the clock. */
export function createHandlers(store: SandboxStore, now: () => Date = () => new Date()) {
	// The whole API host, not only /v1: any other path of it is a 404 here rather than a real
	// request that leaves the sandbox.
	return [http.all(`${API.origin}/*`, ({ request }) => answerRequest(store, request, now()))];
}
