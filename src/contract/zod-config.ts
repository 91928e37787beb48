import * as z from 'zod';

// Zod compiles object parsers with `new Function` unless told not to, and even its probe for eval
// is a violation under the site's Content-Security-Policy, which forbids eval.
z.config({ jitless: true });
