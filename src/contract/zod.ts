import * as z from 'zod';

// Zod compiles object parsers with `new Function` unless told not to, and even its probe for eval
// is a violation under the site's Content-Security-Policy, which forbids eval. Every schema of the
// contract is built with this `z`, so no schema can exist before zod is configured, whatever loads first.
z.config({ jitless: true });

export { z };
