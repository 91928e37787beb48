/** What `npm run bench` was asked to run, from its command-line flags. */
export interface BenchPlan {
	/** Builds the site, then measures the JavaScript each page loads and the Try it sandbox in Chromium. */
	tryIt: boolean;
	/** Lighthouse's mobile audit of every page: performance, accessibility, best practices, SEO. */
	lighthouse: boolean;
	/** Every page's rendering at 1x and 4x CPU, beside its JavaScript-disabled floor. */
	render: boolean;
	/** Redoc, Swagger UI and Scalar rendering our OpenAPI document, measured in the render section's rounds. */
	peers: boolean;
	/** The sandbox server (`npm run sandbox`) under load. */
	server: boolean;
	/** Measured runs per page in the render section, after one discarded warm-up round. */
	runs: number;
	/**
	 * Another build of the site (a directory like dist/), whose endpoint pages the render section
	 * measures in the same rounds as ours, for an interleaved A/B comparison; null for none.
	 */
	baseline: string | null;
}

export const DEFAULT_RUNS = 5;

export const USAGE = `usage: npm run bench [-- [--server | --try-it | --render | --peers | --lighthouse] [--runs N]]
  (no flag)   builds the site, then every section but the peers and Lighthouse: the JavaScript each
              page loads, the Try it sandbox, each page's rendering, and the sandbox server
  --server    only the sandbox server, without building
  --try-it    builds, then only the JavaScript each page loads and the Try it sandbox
  --lighthouse  builds, then Lighthouse's mobile audit of every page
  --render    builds, then only the rendering of every page at 1x and 4x CPU
  --peers     the render section, with Redoc, Swagger UI and Scalar rendering our openapi.json beside it
  --runs N    measured runs per page in the render section (default ${DEFAULT_RUNS}, after one warm-up round)
  --baseline DIR  with --render or --peers: another build's endpoint pages (DIR holds a site as dist/ does)
              in the same rounds as ours, and of our pages only the endpoint pages: an interleaved A/B run`;

export class FlagError extends Error {}

export function parseFlags(args: readonly string[]): BenchPlan {
	const given = new Set<string>();
	let runs = DEFAULT_RUNS;
	let baseline: string | null = null;
	for (let index = 0; index < args.length; index++) {
		const arg = args[index]!;
		const [flag, inline] = arg.startsWith('--runs=') ? ['--runs', arg.slice('--runs='.length)] : [arg, undefined];
		if (flag === '--runs') {
			const value = inline ?? args[++index];
			if (value === undefined || !/^[1-9]\d*$/.test(value)) throw new FlagError(`--runs needs a whole number of runs, 1 or more; got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
			runs = Number(value);
		} else if (flag === '--baseline' || arg.startsWith('--baseline=')) {
			const value = arg.startsWith('--baseline=') ? arg.slice('--baseline='.length) : args[++index];
			if (!value || value.startsWith('--')) throw new FlagError(`--baseline needs the directory of another build, such as a copy of dist/; got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
			baseline = value;
		} else if (['--server', '--try-it', '--render', '--peers', '--lighthouse'].includes(flag)) {
			given.add(flag);
		} else {
			throw new FlagError(`unknown argument ${JSON.stringify(arg)}`);
		}
	}
	if (given.has('--server') && given.size > 1) throw new FlagError('--server runs only the server section; it does not combine with other sections');
	if (given.has('--server') && args.some((arg) => arg.startsWith('--runs'))) throw new FlagError('--runs applies to the render section, which --server does not run');

	if (baseline !== null && !given.has('--render') && !given.has('--peers')) throw new FlagError('--baseline compares renderings: give it with --render or --peers');

	const only = given.size > 0;
	return {
		tryIt: !only || given.has('--try-it'),
		lighthouse: given.has('--lighthouse'),
		render: !only || given.has('--render') || given.has('--peers'),
		peers: given.has('--peers'),
		server: !only || given.has('--server'),
		runs,
		baseline,
	};
}
