import { allPagePaths } from '../site/pages.ts';

/** The path of a page's Markdown twin below the base path (`en/tasks/index.md`), from its Starlight route id; none for others (404). */
export function markdownTwin(routeId: string): string | undefined {
	// The home page's id is `index` or empty, as Starlight builds it; the others' are their paths.
	const id = routeId === 'index' ? '' : routeId;
	const path = allPagePaths.find((candidate) => candidate.replace(/\/$/, '') === id);
	return path === undefined ? undefined : `${path}index.md`;
}
