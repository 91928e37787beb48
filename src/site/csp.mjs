// script-src and style-src are Astro's: it adds the hashes of what it bundles.
export const cspDirectives = [
	"default-src 'self'",
	"connect-src 'self' https://api.workers.ai",
	"img-src 'self' data:",
	"font-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];
