import { BASE_URL, TEST_KEY, fillPath, type Endpoint } from '../contract/index.ts';
import type { SampleRequest } from './render.ts';

/** The documented request of an endpoint: base URL, test key, example id and body. */
export function exampleRequest(endpoint: Endpoint, baseUrl = BASE_URL, apiKey = TEST_KEY): SampleRequest {
	const { pathParams, body } = endpoint.example;
	return {
		method: endpoint.method,
		url: requestUrl(baseUrl, fillPath(endpoint.path, pathParams), apiKey),
		...(body ? { body: { json: body } } : {}),
	};
}

/** The URL of a request; without a key there is no `api_key` at all, which the API answers 401. */
export function requestUrl(baseUrl: string, path: string, apiKey: string): string {
	return `${baseUrl}${path}${apiKey ? `?api_key=${encodeURIComponent(apiKey)}` : ''}`;
}
