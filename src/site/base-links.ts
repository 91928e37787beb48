import { defineHastPlugin } from 'satteri';

/**
 * Pages link to each other as the site's root sees them (`/en/errors/`), so that the links
 * validator can check every link; this puts the base path in front (`/docs/en/errors/`) for a site
 * built under one. It comes first among the Markdown plugins, so the validator checks the links
 * as a reader follows them.
 */
export function baseLinks(base: string) {
	const prefix = base.replace(/\/$/, '');
	return defineHastPlugin({
		name: 'base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.href;
				if (prefix && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) ctx.setProperty(node, 'href', prefix + href);
			},
		},
	});
}
