import { endpoints, type Endpoint } from './endpoints.ts';

/** One path of the API and the endpoints that share it, in the contract's order. */
export interface Route {
	/** As the contract writes it, relative to the base URL: `/tasks/{id}`. */
	path: string;
	endpoints: Endpoint[];
	/** The methods it takes, for a 405's `Allow`: HEAD wherever GET is. */
	allow: (Endpoint['method'] | 'HEAD')[];
}

/** HEAD answers what GET would, without a body, so a path that takes GET takes HEAD too. */
const methodsOf = (endpoint: Endpoint): Route['allow'] => (endpoint.method === 'GET' ? ['GET', 'HEAD'] : [endpoint.method]);

export const routes: Route[] = [...new Set(endpoints.map((endpoint) => endpoint.path))].map((path) => {
	const on = endpoints.filter((endpoint) => endpoint.path === path);
	return { path, endpoints: on, allow: on.flatMap(methodsOf) };
});
