import { endpoints } from '../../contract/index.ts';
import { endpointTables, errorObjectTable, taskObjectTable, type FieldTableSpec } from '../../reference/field-tables.ts';
import { endpointsPage, errorsPage, type PageSlug } from '../pages.ts';

/** The field tables a page of the reference holds, in their order there. */
export function fieldTablesOn(page: PageSlug): FieldTableSpec[] {
	if (page === endpointsPage) return [taskObjectTable, ...endpoints.flatMap(endpointTables)];
	if (page === errorsPage) return [errorObjectTable];
	return [];
}
