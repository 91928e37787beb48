import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];

/**
 * The sidebar's section links (src/site/sidebar.ts), as Starlight should treat them.
 *
 * Starlight formats every sidebar link as a path, and with `trailingSlash: 'always'` it puts the
 * slash after a section's fragment (`/tasks/#create-a-task/`), a fragment no element has. The
 * section links of `sidebar.ts` (those with `data-section`) get their fragment back as written.
 */
function mend(entries: Entry[]): void {
	for (const entry of entries) {
		if (entry.type === 'group') mend(entry.entries);
		else if (entry.attrs['data-section']) entry.href = entry.href.replace(/(#[^/]*)\/$/, '$1');
	}
}

type Link = Extract<Entry, { type: 'link' }>;
const pages = (entries: Entry[]): Link[] => entries.flatMap((entry) => (entry.type === 'group' ? pages(entry.entries) : entry.attrs['data-section'] ? [] : [entry]));

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	mend(route.sidebar);
	// Previous and next lead to pages, never to a section of the page itself.
	const order = pages(route.sidebar);
	const here = order.findIndex((entry) => entry.isCurrent);
	if (here !== -1) route.pagination = { prev: order[here - 1], next: order[here + 1] };
});
