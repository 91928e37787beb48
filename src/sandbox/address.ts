import { API_ORIGIN } from '../contract/index.ts';

/**
 * The panel's requests go to this folder of the docs' own site, never to the API's host: only the
 * sandbox's service worker answers it. A request the worker misses stays with the docs' host (and
 * the panel asks for cached answers only, so it does not even get there): it can never reach a
 * third party, whatever happens to the worker. Samples, history and exports keep the API's URL.
 */
const SANDBOX_FOLDER = 'sandbox';

/** The sandbox's address on a site whose root is `site` (its origin and base path, '/' or '/docs/'). */
export function sandboxRoot(site: string | URL): string {
	const root = new URL(site);
	return `${root.origin}${root.pathname.replace(/\/?$/, '/')}${SANDBOX_FOLDER}`;
}

/** Where the panel sends a request to the API's `url`: the same path and query, under the sandbox's address. */
export function toSandboxUrl(apiUrl: string, site: string | URL): string {
	const url = new URL(apiUrl);
	if (url.origin !== API_ORIGIN) throw new Error(`${apiUrl} is not a URL of the API`);
	return sandboxRoot(site) + url.pathname + url.search;
}

/** The API's URL for a request to the sandbox's address: the sandbox answers it as the API would. */
export function toApiUrl(sandboxUrl: string, site: string | URL): string {
	const root = sandboxRoot(site);
	if (!sandboxUrl.startsWith(`${root}/`)) throw new Error(`${sandboxUrl} is not under ${root}/`);
	return API_ORIGIN + sandboxUrl.slice(root.length);
}
