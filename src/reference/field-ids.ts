import type { Endpoint } from '../contract/index.ts';

// Apart from the field tables, whose module builds the reference's examples when it loads: the Try it
// panel links a field error to its row with this alone.

/** The anchor of an endpoint's body table, which its rows' ids start with. */
export const bodyAnchor = (endpoint: Endpoint) => `${endpoint.anchor}.body`;

/** The row a field error's path (`params.categories.1`) points to in an endpoint's body table. */
export function bodyFieldId(endpoint: Endpoint, path: string): string {
	return `${bodyAnchor(endpoint)}.${path.split('.').filter((segment) => !/^\d+$/.test(segment)).join('.')}`;
}
