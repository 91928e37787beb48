// script-src and style-src are Astro's: it adds the hashes of what it bundles.
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const cspDirectives: NonNullable<CspConfig['directives']> = [
	"default-src 'self'",
	"connect-src 'self' https://api.workers.ai",
	"img-src 'self' data:",
	"font-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];
