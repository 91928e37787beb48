import { contentType } from './content-types.ts';
import { CACHE_CONTROL, SITE_HEADERS, headerPolicy } from './security-headers.ts';

/** Headers for one path, or, for a path ending in `*`, for every path that starts with what precedes it. */
export interface HeaderRule {
	path: string;
	headers: Readonly<Record<string, string>>;
}

export interface BuiltSite {
	/** Where the site is served, with a slash at both ends: `/`, or `/docs/`. */
	base: string;
	/** The folder of assets whose names carry a hash of their content (Astro's `build.assets`). */
	assets: string;
	/** Every file of the build, relative to its folder, with forward slashes. */
	files: readonly string[];
	/** The meta policy of every page, by its file. */
	policies: ReadonlyMap<string, string>;
}

// Pagefind's index is a few dozen files in one folder: one rule covers them (hosts cap their rules).
const FOLDERS = ['pagefind'];

/**
 * The headers of every path the build serves, as rules a host applies by path: the site's own
 * headers under its base, and per page its own policy. Every other file gets a rule of its own, or
 * its folder's, so that no path is matched by two rules setting the same header. A file's own rule
 * names its content type; the folders hold only scripts, styles and Pagefind's index, which every
 * host types alike.
 */
export function headerRules(site: BuiltSite): HeaderRule[] {
	const { base, assets } = site;
	const rules: HeaderRule[] = [{ path: `${base}*`, headers: SITE_HEADERS }];
	const inFolder = (file: string) => [assets, ...FOLDERS].some((folder) => file.startsWith(`${folder}/`));
	for (const file of site.files) {
		const policy = site.policies.get(file);
		if (policy !== undefined) {
			const headers = { 'Content-Type': contentType(file), 'Content-Security-Policy': headerPolicy(policy), 'Cache-Control': CACHE_CONTROL.revalidate };
			// A page is asked for by its folder's path; some hosts answer its file's path as well.
			if (/(^|\/)index\.html$/.test(file)) rules.push({ path: base + file.slice(0, -'index.html'.length), headers });
			rules.push({ path: base + file, headers });
		} else if (!inFolder(file)) {
			rules.push({ path: base + file, headers: { 'Content-Type': contentType(file), 'Cache-Control': CACHE_CONTROL.revalidate } });
		}
	}
	rules.push({ path: `${base}${assets}/*`, headers: { 'Cache-Control': CACHE_CONTROL.immutable } });
	for (const folder of FOLDERS) {
		if (site.files.some((file) => file.startsWith(`${folder}/`))) rules.push({ path: `${base}${folder}/*`, headers: { 'Cache-Control': CACHE_CONTROL.revalidate } });
	}
	assertOneValuePerHeader(rules);
	return rules;
}

/** Whether some path is matched by both rule paths. */
export function overlaps(a: string, b: string): boolean {
	const prefixA = a.endsWith('*') ? a.slice(0, -1) : undefined;
	const prefixB = b.endsWith('*') ? b.slice(0, -1) : undefined;
	if (prefixA !== undefined && prefixB !== undefined) return prefixA.startsWith(prefixB) || prefixB.startsWith(prefixA);
	if (prefixA !== undefined) return b.startsWith(prefixA);
	if (prefixB !== undefined) return a.startsWith(prefixB);
	return a === b;
}

/**
 * Netlify and Cloudflare Pages apply every rule that matches a path, and join the values of a header
 * set by two of them with a comma: two policies would both be enforced, and `no-cache, immutable`
 * means nothing sensible. So no two rules that can match one path may set the same header.
 */
export function assertOneValuePerHeader(rules: readonly HeaderRule[]): void {
	for (const [a, b] of overlappingPairs(rules)) {
		const names = new Set(Object.keys(a.headers).map((name) => name.toLowerCase()));
		const shared = Object.keys(b.headers).filter((name) => names.has(name.toLowerCase()));
		if (shared.length) throw new Error(`Header rules ${a.path} and ${b.path} both set ${shared.join(', ')}: a host would send both values, joined`);
	}
}

/** Every two rules that can match one path. */
export function* overlappingPairs(rules: readonly HeaderRule[]): Generator<[HeaderRule, HeaderRule]> {
	for (const [index, a] of rules.entries()) {
		for (const b of rules.slice(index + 1)) if (overlaps(a.path, b.path)) yield [a, b];
	}
}
