import { localePrefixes, pagePath, pageSlugs } from '../site/pages.ts';

/** The path of a page's Markdown twin below the base path (`en/tasks/index.md`), from its Starlight route id; none for others (404). */
export function markdownTwin(routeId: string): string | undefined {
	// The home page's id is `index` or empty, as Starlight builds it; the others' are their paths.
	const id = routeId === 'index' ? '' : routeId;
	for (const { prefix } of localePrefixes) {
		for (const slug of pageSlugs) {
			const path = `${prefix}${pagePath(slug)}`;
			if (path.replace(/\/$/, '') === id) return `${path}index.md`;
		}
	}
	return undefined;
}
