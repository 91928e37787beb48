// script-src and style-src are Astro's: it adds the hashes of what it bundles.
import type { AstroUserConfig } from 'astro';
import { API_ORIGIN } from '../contract/keys.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const cspDirectives: NonNullable<CspConfig['directives']> = [
	"default-src 'self'",
	// The Try it panels call the API's host, and the sandbox's service worker answers.
	`connect-src 'self' ${API_ORIGIN}`,
	"img-src 'self' data:",
	"font-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];
