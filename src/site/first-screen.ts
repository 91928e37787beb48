import { errorObjectTable, taskObjectTable, type FieldTableSpec } from '../reference/field-tables.ts';
import { endpointsPage, errorsPage, localePrefixes, pageSlugs, type PageSlug } from './pages.ts';

/** The id of an object section's examples pane: `the-task-object.example`. */
export const examplesPaneId = (table: FieldTableSpec) => `${table.anchor}.example`;

/** A page's slug from its Starlight route id (`en/tasks`, `tasks`, `index`, `en`); none for others (404). */
export function pageSlugOf(routeId: string): PageSlug | undefined {
	const prefix = localePrefixes.find(({ prefix }) => prefix && `${routeId}/`.startsWith(prefix))?.prefix ?? '';
	const rest = `${routeId}/`.slice(prefix.length).replace(/\/$/, '');
	return pageSlugs.find((slug) => slug === (rest || 'index'));
}

/** The pages that open with an object beside its example (a test checks it against their field tables). */
const openingObjects: Partial<Record<PageSlug, FieldTableSpec>> = { [endpointsPage]: taskObjectTable, [errorsPage]: errorObjectTable };

/**
 * On a page that opens with an object beside its example, the id of that example's pane: where the
 * first screen ends when the panes stand side by side. None on other pages, whose first screen is text.
 */
export function firstScreenEnd(page: PageSlug | undefined): string | undefined {
	const opening = page && openingObjects[page];
	return opening ? examplesPaneId(opening) : undefined;
}
