import { BASE_URL, fillPath, type Endpoint } from '../contract/index.ts';
import { FAULT_HEADER, MAX_BODY_DEPTH } from '../sandbox/config.ts';
import { jsonDepth } from '../sandbox/validate.ts';
import { requestUrl, type SampleRequest } from '../samples/index.ts';

/** What the reader has typed into a panel. */
export interface PanelInput {
	apiKey: string;
	pathParams: Record<string, string>;
	body?: string;
	fault?: string;
}

export interface PanelRequest {
	url: string;
	init: RequestInit & { headers: Record<string, string> };
	/** The same request as the samples write it; the simulated fault is the sandbox's, not the API's. */
	sample: SampleRequest;
}

/** A key that looks live is refused before anything is sent, however it is spelled. */
export function isLiveKey(key: string): boolean {
	return /^\s*live_/i.test(key);
}

export function panelRequest(endpoint: Endpoint, input: PanelInput): PanelRequest {
	const key = input.apiKey.trim();
	const url = requestUrl(BASE_URL, fillPath(endpoint.path, input.pathParams), key);
	const headers: Record<string, string> = {};
	if (input.body !== undefined) headers['Content-Type'] = 'application/json';
	if (input.fault) headers[FAULT_HEADER] = input.fault;
	let sampleBody: SampleRequest['body'];
	if (input.body !== undefined) {
		try {
			const json = JSON.parse(input.body);
			// The samples write JSON as each language's literals, level by level: a body too deep to
			// send is shown as the text it is.
			sampleBody = jsonDepth(json) > MAX_BODY_DEPTH ? { raw: input.body } : { json };
		} catch {
			sampleBody = { raw: input.body };
		}
	}
	return {
		url,
		init: { method: endpoint.method, headers, ...(input.body !== undefined ? { body: input.body } : {}) },
		sample: { method: endpoint.method, url, ...(sampleBody ? { body: sampleBody } : {}) },
	};
}
