import { overlappingPairs, type HeaderRule } from './header-rules.ts';

export interface NginxSite {
	/** The same rules `_headers` holds. */
	rules: readonly HeaderRule[];
	/** The site's base path: `/`, or `/docs/`. */
	base: string;
	/** The page that answers a miss, relative to the site's folder, if the site has one. */
	notFound?: string;
	/** A locale's own 404 page (`en/404.html`), which answers the misses under its folder (`en/`). */
	localeNotFound?: readonly string[];
	/** Files of the site's folder that are for its hosts, not its readers. */
	hidden: readonly string[];
	/** The content type of every extension the site serves. */
	types: ReadonlyMap<string, string>;
}

// nginx names a file's type from its extension, in `types` below: a Content-Type of a rule sent with
// add_header would be a second one.
const TYPED_BY_EXTENSION = 'content-type';

/**
 * The build's part of deploy/nginx.conf's server block, which includes it: the headers of `_headers`,
 * the content type of every kind of file it serves, the 404 pages, the host files kept out of sight,
 * all under the build's base path.
 *
 * nginx forgets every add_header of the server block in a location that has one of its own, so no
 * location here has any: the site's own headers are added once, at the server level, and the headers
 * that vary by path are sent from variables that the locations only set.
 */
export function nginxSite({ rules, base, notFound, localeNotFound = [], hidden, types }: NginxSite): string {
	const siteWide = rules.filter((rule) => rule.path === `${base}*`);
	const located = rules
		.filter((rule) => rule.path !== `${base}*`)
		.map((rule) => ({ ...rule, headers: Object.fromEntries(Object.entries(rule.headers).filter(([name]) => name.toLowerCase() !== TYPED_BY_EXTENSION)) }));
	for (const [a, b] of overlappingPairs(located)) throw new Error(`nginx: ${a.path} and ${b.path} match one path, and nginx answers it from one location only`);
	const varying = [...new Set(located.flatMap((rule) => Object.keys(rule.headers)))];
	// A not-found page answers misses only, with 404: asked for by its own path, it is a miss too,
	// answered by itself (an internal location is reached by nginx's own redirects alone).
	const notFoundPaths = new Set([...(notFound ? [notFound] : []), ...localeNotFound].map((page) => base + page));
	const lines = [
		'# Written by `npm run build` (src/site/nginx-site.ts) from the built pages: do not edit.',
		'# deploy/nginx.conf includes it in its server block. No location here has an add_header of its own',
		'# (nginx would then drop the server-level ones there): locations only set the variables sent below.',
		'',
		// A folder without a page (403 by nginx's account) is as much a miss as a missing file.
		...(notFound ? [`error_page 403 404 =404 ${base}${notFound};`, ''] : []),
		// In place of nginx's own table (a `types` here replaces it): the types the site promises.
		'types {',
		...[...types].map(([extension, type]) => `\t${quoted(type)} ${extension};`),
		'}',
		'',
		...siteWide.flatMap((rule) => Object.entries(rule.headers).map(([name, value]) => `add_header ${name} ${quoted(value)} always;`)),
		...varying.flatMap((name) => [`set ${variable(name)} "";`, `add_header ${name} ${variable(name)} always;`]),
		...hidden.flatMap((file) => ['', `location = ${base}${file} {`, '\treturn 404;', '}']),
		// A locale's folder answers its misses with its own 404 page; its pages' exact locations win over this one.
		...localeNotFound.flatMap((page) => {
			const folder = page.slice(0, page.lastIndexOf('/') + 1);
			return ['', `location ^~ ${base}${folder} {`, `\terror_page 403 404 =404 ${base}${page};`, '\ttry_files $uri $uri/ =404;', '}'];
		}),
	];
	for (const rule of located) {
		const match = rule.path.endsWith('*') ? `^~ ${rule.path.slice(0, -1)}` : `= ${rule.path}`;
		if (/[\s{};]/.test(rule.path)) throw new Error(`nginx: a path nginx cannot take as it is: ${JSON.stringify(rule.path)}`);
		const internal = notFoundPaths.has(rule.path) ? ['\tinternal;', `\terror_page 404 =404 ${rule.path};`] : [];
		lines.push('', `location ${match} {`, ...internal, ...Object.entries(rule.headers).map(([name, value]) => `\tset ${variable(name)} ${quoted(value)};`), '}');
	}
	return `${lines.join('\n')}\n`;
}

function variable(header: string): string {
	return `$site_${header.toLowerCase().replaceAll('-', '_')}`;
}

// nginx reads $ in a string as a variable and has no escape for it: such a value cannot be written.
function quoted(value: string): string {
	if (/["\\$\r\n]/.test(value)) throw new Error(`nginx: a header value nginx cannot take as it is: ${value}`);
	return `"${value}"`;
}
