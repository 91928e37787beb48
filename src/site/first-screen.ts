import { errorObjectTable, taskObjectTable, type FieldTableSpec } from '../reference/field-tables.ts';
import { endpointsPage, errorsPage, localePrefixes, pageSlugs, type PageSlug } from './pages.ts';

/**
 * The id of the empty element that closes an object section, after its example: `the-task-object.end`.
 * Chrome ends a `rel=expect` hold once its element is inserted, not once it is closed: an id on the
 * examples pane itself lets the first paint go as soon as the pane opens, before its example.
 */
export const objectSectionEndId = (table: FieldTableSpec) => `${table.anchor}.end`;

/** A page's slug from its Starlight route id (`en/tasks`, `tasks`, `index`, `en`); none for others (404). */
export function pageSlugOf(routeId: string): PageSlug | undefined {
	const prefix = localePrefixes.find(({ prefix }) => prefix && `${routeId}/`.startsWith(prefix))?.prefix ?? '';
	const rest = `${routeId}/`.slice(prefix.length).replace(/\/$/, '');
	return pageSlugs.find((slug) => slug === (rest || 'index'));
}

/** The pages that open with an object beside its example (a test checks it against their field tables). */
const openingObjects: Partial<Record<PageSlug, FieldTableSpec>> = { [endpointsPage]: taskObjectTable, [errorsPage]: errorObjectTable };

/**
 * On a page that opens with an object beside its example, the id of the element right after that
 * example: where the first screen ends when the panes stand side by side. None on other pages,
 * whose first screen is text.
 */
export function firstScreenEnd(page: PageSlug | undefined): string | undefined {
	const opening = page && openingObjects[page];
	return opening ? objectSectionEndId(opening) : undefined;
}
