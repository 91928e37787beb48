// script-src and style-src are Astro's: it adds the hashes of what it bundles.
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const cspDirectives: NonNullable<CspConfig['directives']> = [
	"default-src 'self'",
	// The Try it panels send to the sandbox's address on this site, which its service worker
	// answers; never to the API's host, so nothing can reach it even where the worker is gone.
	"connect-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];
