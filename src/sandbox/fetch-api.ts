/** The sandbox's API as the Fetch API speaks it: a Request in, a Response out. The browser's service worker answers with it (mocks/handlers.ts). */
import { HttpResponse } from 'msw';
import { CORS_HEADERS, answerApi, decodeBody, type ApiAnswer } from './api.ts';
import type { SandboxStore } from './store.ts';
import { jsonBytes } from './stored-task.ts';

// MSW's responses carry the reason phrase of their status ('404 Not Found'), which the panel shows.
/** `answer` as a Response: JSON, its status and reason phrase, the CORS headers. */
export function toResponse(answer: ApiAnswer): Response {
	if ('error' in answer) return HttpResponse.json(answer.error, { status: answer.status, headers: { ...CORS_HEADERS, ...answer.headers } });
	return new HttpResponse(jsonBytes(answer.json), { status: 200, headers: { ...CORS_HEADERS, 'Content-Type': 'application/json' } });
}

/**
 * What GET answered, status and headers, without the body. Content-Length stays the length GET's
 * body has, as HTTP asks of HEAD; hosts and proxies that read it (node:http, Prism) see GET's.
 */
async function withoutBody(answer: Response): Promise<Response> {
	const headers = new Headers(answer.headers);
	headers.set('Content-Length', String((await answer.arrayBuffer()).byteLength));
	return new Response(null, { status: answer.status, statusText: answer.statusText, headers });
}

/** Answers one request to the API from `store`, by the rules of the contract; HEAD as GET, without the body. */
export async function answerRequest(store: SandboxStore, request: Request, now: Date): Promise<Response> {
	const answer = toResponse(
		await answerApi(
			store,
			{
				method: request.method,
				url: new URL(request.url),
				header: (name) => request.headers.get(name),
				text: async () => decodeBody(new Uint8Array(await request.arrayBuffer())),
			},
			now,
		),
	);
	return request.method === 'HEAD' ? withoutBody(answer) : answer;
}
