import { getDomain as tldts } from 'tldts';
import { expect, it } from 'vitest';
import { API_ORIGIN } from '../../contract/index.ts';
import { getDomain } from '../registrable-domain.ts';

// The hosts the sandbox is asked about: the API's, the site's own in development and tests.
it.each([new URL(API_ORIGIN).hostname, 'localhost', '127.0.0.1', 'docs.workers.ai', 'example.com', 'a.b.example.org'])(
	'gives %s the domain the public suffix list gives it',
	(host) => expect(getDomain(host)).toBe(tldts(host, { allowIcannDomains: true, allowPrivateDomains: true })),
);
