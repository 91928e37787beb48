/**
 * Stands in for tldts in the browser's sandbox bundle (see astro.config.mjs). MSW's cookie jar
 * (tough-cookie) asks tldts which registrable domain a request's host belongs to, and tldts answers
 * from the whole public suffix list: 250 KB of script, three quarters of the sandbox's weight. The
 * sandbox sets no cookie, so the answer only scopes cookies that never exist; the last two labels
 * of a name serve, and an address or a single label has none, as tldts says too.
 */
export function getDomain(hostname: string): string | null {
	const name = hostname.replace(/\.$/, '').toLowerCase();
	if (!name.includes('.') || /^[\d.]+$/.test(name) || name.includes(':')) return null;
	return name.split('.').slice(-2).join('.');
}
