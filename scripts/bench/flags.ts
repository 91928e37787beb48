/** What `npm run bench` was asked to run, from its command-line flags. */
export interface BenchPlan {
	/** Builds the site, then measures the JavaScript each page loads and the Try it sandbox in Chromium. */
	weight: boolean;
	tryIt: boolean;
	/** The sandbox server (`npm run sandbox`) under load. */
	server: boolean;
}

export const USAGE = `usage: npm run bench [-- --server]
  (no flag)   builds the site, then every section: the JavaScript each page loads, the Try it
              sandbox, and the sandbox server
  --server    only the sandbox server, without building`;

export class FlagError extends Error {}

export function parseFlags(args: readonly string[]): BenchPlan {
	const unknown = args.find((arg) => arg !== '--server');
	if (unknown !== undefined) throw new FlagError(`unknown argument ${JSON.stringify(unknown)}`);
	const only = args.length > 0;
	return { weight: !only, tryIt: !only, server: true };
}
