/**
 * The local sandbox server's entry: `npm run sandbox` runs it, and the build bundles it as the one
 * file the docs serve. It checks Node's version before loading anything else, so that an old Node
 * says what it needs instead of failing somewhere in the code (the bundle keeps this order too:
 * the dynamic import stays behind the check).
 */
import { unsupportedNode } from './node-version.ts';

const unsupported = unsupportedNode(process.versions.node);
if (unsupported) {
	console.error(unsupported);
	process.exit(1);
}
await import('./cli-run.ts');
