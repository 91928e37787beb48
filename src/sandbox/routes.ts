import { API_PATH, routes, type Route } from '../contract/index.ts';

const escape = (literal: string) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

// `/tasks/{id}` matches `/v1/tasks/<one segment>`; the names of the parameters come along.
const patterns = routes.map((route) => {
	const names: string[] = [];
	const source = `${API_PATH}${route.path}`
		.split(/\{(\w+)\}/)
		.map((part, index) => (index % 2 ? (names.push(part), '([^/]+)') : escape(part)))
		.join('');
	return { route, names, pattern: new RegExp(`^${source}$`) };
});

function decode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		// A broken escape like %E0 names no task, but an answer can still quote it.
		return segment;
	}
}

/** The route a pathname (`/v1/tasks/abc`) names, with its path parameters decoded; undefined for none. */
export function matchRoute(pathname: string): { route: Route; params: Record<string, string> } | undefined {
	for (const { route, names, pattern } of patterns) {
		const match = pattern.exec(pathname);
		if (match) return { route, params: Object.fromEntries(names.map((name, index) => [name, decode(match[index + 1]!)])) };
	}
	return undefined;
}
