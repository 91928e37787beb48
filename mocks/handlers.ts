import { http, HttpResponse } from 'msw';
import {
	BASE_URL,
	FAULT_HEADER,
	FAULT_STATUSES,
	errorBody,
	keyMode,
	validateCreateBody,
	type ErrorStatus,
	type FieldError,
} from '../src/contract/index.ts';
import type { SandboxStore } from './store.ts';

const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Allow' };
const REASONS: Record<number, string> = {
	200: 'OK',
	400: 'Bad Request',
	401: 'Unauthorized',
	404: 'Not Found',
	405: 'Method Not Allowed',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	503: 'Service Unavailable',
};

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
	return HttpResponse.json(body as never, { status, statusText: REASONS[status], headers: { ...CORS, ...headers } });
}

function fail(status: ErrorStatus, message: string, fields?: FieldError[], headers?: Record<string, string>) {
	return json(errorBody(status, message, fields), status, headers);
}

const faultMessages: Record<(typeof FAULT_STATUSES)[number], string> = {
	429: 'Too many requests. Retry later.',
	500: 'Something went wrong on our side. Retry later.',
	503: 'WorkersAI is down for maintenance. Retry later.',
};

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** The routes of the API: which methods each path takes, and the path parameter. */
function route(pathname: string): { allow: string[]; id?: string } | undefined {
	const prefix = new URL(BASE_URL).pathname;
	if (!pathname.startsWith(`${prefix}/`)) return undefined;
	const path = pathname.slice(prefix.length);
	if (path === '/tasks') return { allow: ['GET', 'POST'] };
	const match = /^\/tasks\/([^/]+)$/.exec(path);
	if (match) return { allow: ['GET'], id: decodeSegment(match[1]!) };
	return undefined;
}

function authenticate(url: URL): { key: string } | Response {
	const key = url.searchParams.get('api_key');
	if (!key) return fail(401, 'The api_key query parameter is missing.');
	const mode = keyMode(key);
	if (!mode) return fail(401, 'The api_key is malformed: it is test_ or live_ followed by 20 letters or digits.');
	if (mode === 'live') {
		return fail(401, 'Live keys are never accepted by the sandbox: a live key does not belong in documentation or test code. Use a test key.');
	}
	return { key };
}

/** The WorkersAI API as CONTRACT.md describes it, answered from `store`. */
export function createHandlers(store: SandboxStore, now: () => Date = () => new Date()) {
	const answer = async ({ request }: { request: Request }) => {
		const url = new URL(request.url);
		const fault = request.headers.get(FAULT_HEADER);
		if (fault !== null) {
			const status = Number(fault) as (typeof FAULT_STATUSES)[number];
			if (!FAULT_STATUSES.includes(status)) {
				return fail(400, `The ${FAULT_HEADER} header must be one of ${FAULT_STATUSES.join(', ')}.`, [
					{ path: `headers.${FAULT_HEADER}`, message: `must be one of ${FAULT_STATUSES.join(', ')}` },
				]);
			}
			return fail(status, faultMessages[status]);
		}

		const found = route(url.pathname);
		if (!found) return fail(404, `There is no ${url.pathname} in the WorkersAI API.`);
		if (!found.allow.includes(request.method)) {
			return fail(405, `${request.method} is not allowed on ${url.pathname}. Allowed: ${found.allow.join(', ')}.`, undefined, {
				Allow: found.allow.join(', '),
			});
		}

		const auth = authenticate(url);
		if (auth instanceof Response) return auth;

		if (request.method === 'POST') {
			const result = validateCreateBody(await request.text());
			if (!result.ok) {
				const count = result.fields.length;
				return fail(400, `The request has ${count} invalid field${count === 1 ? '' : 's'}.`, result.fields);
			}
			return json(store.create(auth.key, result.value, now()));
		}
		if (found.id === undefined) return json(store.list(auth.key, now()));
		const task = store.get(auth.key, found.id, now());
		return task ? json(task) : fail(404, `No task with external_id ${found.id} for this key.`);
	};

	// The whole host, not just /v1: a request for any other path of it is answered 404 here and
	// never falls through to the network.
	const origin = new URL(BASE_URL).origin;
	return [http.all(`${origin}/*`, answer)];
}
